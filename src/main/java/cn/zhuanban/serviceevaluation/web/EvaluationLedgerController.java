package cn.zhuanban.serviceevaluation.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.project.ProjectPickLists;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.serviceevaluation.EvaluationFilter;
import cn.zhuanban.serviceevaluation.ServiceEvaluationLedger;
import cn.zhuanban.serviceevaluation.ServiceRating;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.web.Paging;
import jakarta.servlet.http.HttpServletRequest;
import java.time.YearMonth;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The ledger 服务评价: every rating within the user's project scope, filtered, with the task forces' rates. */
@Controller
class EvaluationLedgerController {

    private final ServiceEvaluationLedger ledger;
    private final TaskForceManagement taskForces;
    private final ProjectPickLists projects;

    EvaluationLedgerController(
            ServiceEvaluationLedger ledger, TaskForceManagement taskForces, ProjectPickLists projects) {
        this.ledger = ledger;
        this.taskForces = taskForces;
        this.projects = projects;
    }

    @GetMapping("/service-evaluations")
    @PreAuthorize("hasAuthority('" + Permissions.EVALUATION_VIEW + "')")
    String list(
            @RequestParam(required = false) Long taskForceId,
            @RequestParam(required = false) Long projectId,
            @RequestParam(required = false) YearMonth from,
            @RequestParam(required = false) YearMonth to,
            @RequestParam(required = false) ServiceRating rating,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            CurrentUser user,
            Model model,
            HttpServletRequest request) {
        EvaluationFilter filter = ledger.applied(new EvaluationFilter(taskForceId, projectId, from, to, rating, q));
        model.addAttribute("filter", filter);
        model.addAttribute("ratings", ServiceRating.values());
        model.addAttribute("result", ledger.page(filter, user, PageQuery.ofList(page, size, 20)));
        model.addAttribute("rates", ledger.rates(filter, user));
        model.addAttribute("overall", ledger.overall(filter, user));
        model.addAttribute("summaryRows", ServiceEvaluationLedger.SUMMARY_ROWS);
        if (Paging.isHtmx(request)) {
            return "serviceevaluation/list :: results";
        }
        model.addAttribute("taskForceChoices", taskForces.visible(user));
        model.addAttribute("projectChoices", projects.choices(user, null, projectId));
        model.addAttribute("selectedProject", projectId);
        model.addAttribute("projectBlank", "any");
        return "serviceevaluation/list";
    }
}
