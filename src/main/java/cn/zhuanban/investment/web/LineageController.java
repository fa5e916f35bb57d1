package cn.zhuanban.investment.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.investment.InvestmentManagement;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Where a key project came from (来源线索), as an htmx fragment the project page includes by URL
 * ({@code hx-get="/investment/fragments/project-origin/{id}"}) without depending on this module: empty for a project
 * the user does not see or that came from elsewhere.
 */
@Controller
class LineageController {

    private final InvestmentManagement investment;

    LineageController(InvestmentManagement investment) {
        this.investment = investment;
    }

    @GetMapping("/investment/fragments/project-origin/{projectId}")
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_LEAD_VIEW + "')")
    String origin(@PathVariable long projectId, CurrentUser user, Model model) {
        model.addAttribute("origin", investment.originOf(user, projectId).orElse(null));
        return "investment/origin :: origin";
    }
}
