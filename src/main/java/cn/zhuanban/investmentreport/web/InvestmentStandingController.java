package cn.zhuanban.investmentreport.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.investmentreport.InvestmentQueries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The project page's investment card, an htmx fragment the project page includes by URL without depending on this
 * module; a project outside the user's scope is not found, as on the project's investment page.
 */
@Controller
class InvestmentStandingController {

    private final InvestmentQueries queries;

    InvestmentStandingController(InvestmentQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/investment-reports/fragments/project-investment/{projectId}")
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_VIEW + "')")
    String project(@PathVariable long projectId, CurrentUser user, Model model) {
        model.addAttribute("standing", queries.standing(projectId, user));
        model.addAttribute("projectId", projectId);
        return "investmentreport/standing :: standing";
    }
}
