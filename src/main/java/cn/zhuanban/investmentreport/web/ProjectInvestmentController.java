package cn.zhuanban.investmentreport.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.investmentreport.InvestmentQueries;
import cn.zhuanban.investmentreport.InvestmentReporting;
import cn.zhuanban.investmentreport.ReportForm;
import cn.zhuanban.investmentreport.ReportPhotos;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.web.FormErrors;
import jakarta.validation.Valid;
import java.time.YearMonth;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A project's monthly reports and annual plan, the report form and the plan form. */
@Controller
@RequestMapping("/investment-reports/projects/{id}")
class ProjectInvestmentController {

    private final InvestmentQueries queries;
    private final InvestmentReporting reporting;
    private final ProjectManagement projects;
    private final FormErrors formErrors;
    private final ReportPhotos photos;

    ProjectInvestmentController(
            InvestmentQueries queries,
            InvestmentReporting reporting,
            ProjectManagement projects,
            FormErrors formErrors,
            ReportPhotos photos) {
        this.queries = queries;
        this.reporting = reporting;
        this.projects = projects;
        this.formErrors = formErrors;
        this.photos = photos;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_VIEW + "')")
    String show(@PathVariable long id, @RequestParam(required = false) Integer year, CurrentUser user, Model model) {
        YearMonth now = reporting.currentMonth();
        ReportForm blank = new ReportForm(now.getYear(), now.getMonthValue(), null, null, null, null, null);
        return page(id, year == null ? now.getYear() : year, blank, Map.of(), user, model);
    }

    @PostMapping("/reports")
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_REPORT + "')")
    String report(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ReportForm form,
            BindingResult binding,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        int year = form.year() == null ? reporting.currentMonth().getYear() : form.year();
        return formErrors.submit(binding, errors -> page(id, year, form, errors, user, model), () -> {
            reporting.report(id, form, user);
            redirect.addFlashAttribute("flash", "admin.saved");
            return "redirect:/investment-reports/projects/" + id + "?year=" + year;
        });
    }

    @PostMapping("/plan")
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_PLAN + "')")
    String plan(
            @PathVariable long id,
            @Valid @ModelAttribute("planForm") PlanForm form,
            BindingResult binding,
            CurrentUser user,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            throw BusinessException.invalid("months", "investment.plan.months-invalid");
        }
        reporting.setPlan(id, form.year(), form.months(), user);
        redirect.addFlashAttribute("flash", "admin.saved");
        return "redirect:/investment-reports/projects/" + id + "?year=" + form.year();
    }

    private String page(long id, int year, ReportForm form, Map<String, String> errors, CurrentUser user, Model model) {
        model.addAttribute("project", projects.find(id, user));
        model.addAttribute("reports", queries.ofProject(id, user));
        model.addAttribute("photos", photos.ofProject(id, user));
        model.addAttribute("today", reporting.today());
        model.addAttribute("plan", queries.plan(id, year, user));
        model.addAttribute("year", year);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "investmentreport/project";
    }
}
