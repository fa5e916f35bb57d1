package cn.zhuanban.schedule.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.schedule.MonthTarget;
import cn.zhuanban.schedule.PlanManagement;
import cn.zhuanban.schedule.PlanSheet;
import cn.zhuanban.schedule.PlanTargets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The project page's plan card, an htmx fragment the project page includes by URL without depending on this module.
 * It schedules the plan once, as the plan page does, and reads the monthly targets off that sheet; a project outside
 * the user's scope is not found.
 */
@Controller
class ProjectPlanCardController {

    private final PlanManagement plans;
    private final PlanTargets targets;
    private final Clock clock;

    ProjectPlanCardController(PlanManagement plans, PlanTargets targets, Clock clock) {
        this.plans = plans;
        this.targets = targets;
        this.clock = clock;
    }

    @GetMapping("/schedule/fragments/project-plan/{projectId}")
    @PreAuthorize("hasAuthority('" + Permissions.PLAN_VIEW + "')")
    String project(@PathVariable long projectId, CurrentUser user, Model model) {
        PlanSheet sheet = plans.sheet(projectId, user);
        List<MonthTarget> months = sheet.version() == null ? List.of() : targets.targets(sheet);
        model.addAttribute("card", PlanCard.of(sheet, months, LocalDate.now(clock)));
        model.addAttribute("projectId", projectId);
        return "schedule/project-plan :: plan";
    }
}
