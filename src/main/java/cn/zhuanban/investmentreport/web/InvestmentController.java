package cn.zhuanban.investmentreport.web;

import cn.zhuanban.identity.CheckedBeforeBinding;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.investmentreport.InvestmentQueries;
import cn.zhuanban.investmentreport.InvestmentReporting;
import cn.zhuanban.investmentreport.ReportPaths;
import cn.zhuanban.shared.PageQuery;
import java.time.YearMonth;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The month's reports in the user's scope (late ones first), the missing-reports list, and confirming. */
@Controller
@RequestMapping("/investment-reports")
class InvestmentController {

    private final InvestmentQueries queries;
    private final InvestmentReporting reporting;

    InvestmentController(InvestmentQueries queries, InvestmentReporting reporting) {
        this.queries = queries;
        this.reporting = reporting;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_VIEW + "')")
    String month(
            @RequestParam(required = false) YearMonth month,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            CurrentUser user,
            Model model) {
        YearMonth shown = month == null ? reporting.currentMonth() : month;
        model.addAttribute("month", shown);
        model.addAttribute("q", q);
        model.addAttribute("deadlineDay", reporting.deadlineDay());
        model.addAttribute("result", queries.ofMonth(shown, q, user, PageQuery.ofList(page, size, 50)));
        model.addAttribute(
                "missingCount",
                queries.missing(shown, user, new PageQuery(0, 1)).totalElements());
        return "investmentreport/month";
    }

    @GetMapping("/missing")
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_VIEW + "')")
    String missing(
            @RequestParam(required = false) YearMonth month,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            CurrentUser user,
            Model model) {
        YearMonth shown = month == null ? reporting.currentMonth() : month;
        model.addAttribute("month", shown);
        model.addAttribute("q", q);
        model.addAttribute("result", queries.missing(shown, user, q, PageQuery.ofList(page, size, 50)));
        return "investmentreport/missing";
    }

    @PostMapping("/reports/{id}/confirm")
    @CheckedBeforeBinding(ReportPaths.class)
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_CONFIRM + "')")
    String confirm(
            @PathVariable long id, @RequestParam YearMonth month, CurrentUser user, RedirectAttributes redirect) {
        reporting.confirm(id, user);
        redirect.addFlashAttribute("flash", "investment.confirmed");
        return "redirect:/investment-reports?month=" + month;
    }
}
