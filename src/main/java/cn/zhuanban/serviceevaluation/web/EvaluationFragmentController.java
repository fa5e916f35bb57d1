package cn.zhuanban.serviceevaluation.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.serviceevaluation.EvaluationView;
import cn.zhuanban.serviceevaluation.ServiceEvaluationLedger;
import java.time.YearMonth;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The cards other modules' pages load by URL: a project's latest ratings (for staff who read them and for the
 * enterprise contact who gives them) and a task force's satisfaction rate over the last twelve months.
 */
@Controller
class EvaluationFragmentController {

    private final ServiceEvaluationLedger ledger;

    EvaluationFragmentController(ServiceEvaluationLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/service-evaluations/fragments/project/{projectId}")
    @PreAuthorize("hasAnyAuthority('" + Permissions.EVALUATION_VIEW + "', '" + Permissions.EVALUATION_RATE + "')")
    String project(@PathVariable long projectId, CurrentUser user, Model model) {
        List<EvaluationView> evaluations = ledger.latest(projectId, user);
        YearMonth month = ledger.thisMonth();
        model.addAttribute("evaluations", evaluations);
        model.addAttribute("projectId", projectId);
        model.addAttribute("month", month);
        // Once this month is rated the button changes it, as on the contact's own page (mine.html).
        model.addAttribute(
                "ratedThisMonth", evaluations.stream().anyMatch(e -> e.month().equals(month)));
        model.addAttribute("mayRate", user.can(Permissions.EVALUATION_RATE) && user.enterpriseId() != null);
        return "serviceevaluation/fragments :: project";
    }

    @GetMapping("/service-evaluations/fragments/task-force/{taskForceId}")
    @PreAuthorize("hasAuthority('" + Permissions.EVALUATION_VIEW + "')")
    String taskForce(@PathVariable long taskForceId, CurrentUser user, Model model) {
        model.addAttribute("rate", ledger.taskForceRate(taskForceId, user));
        model.addAttribute("taskForceId", taskForceId);
        return "serviceevaluation/fragments :: task-force";
    }
}
