package cn.zhuanban.enterpriseplan.web;

import cn.zhuanban.enterpriseplan.EnterprisePlanLists;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The enterprise's plan as a card the enterprise page includes by URL
 * ({@code hx-get="/enterprise-plans/fragments/enterprise/{id}"}) without depending on this module.
 */
@Controller
class EnterprisePlanFragmentController {

    private final EnterprisePlanLists lists;

    EnterprisePlanFragmentController(EnterprisePlanLists lists) {
        this.lists = lists;
    }

    @GetMapping("/enterprise-plans/fragments/enterprise/{enterpriseId}")
    @PreAuthorize("hasAuthority('" + Permissions.ENTERPRISE_PLAN_VIEW + "')")
    String card(@PathVariable long enterpriseId, CurrentUser user, Model model) {
        model.addAttribute("enterpriseId", enterpriseId);
        model.addAttribute(
                "plan",
                lists.planOf(enterpriseId, user)
                        .map(id -> lists.plan(id, null, user))
                        .orElse(null));
        model.addAttribute("mayCreate", lists.mayCreate(enterpriseId, user));
        return "enterpriseplan/fragments :: enterprise-card";
    }
}
