package cn.zhuanban.schedule;

import cn.zhuanban.project.ProjectDatesChanged;
import cn.zhuanban.schedule.domain.PlanRow;
import cn.zhuanban.schedule.domain.ProjectPlan;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The plan's start and target finish follow the project's form: the plan copies them when it is created, and the
 * reverse schedule (latest starts, float, lights, monthly targets) hangs on the target, so a target moved on the
 * project form and not in the plan left the battle map working to a date nobody held any more. Only what changed on
 * the form moves (an imported plan keeps the start its file gave until the project's start is changed), and a plan
 * already on those dates is left as it is, so a re-delivered event changes nothing. The id is fixed because the event
 * publication registry stores it.
 */
@Component
class PlanDatesFollowTheProject {

    static final String ID = "schedule.project-dates";

    private static final Logger log = LoggerFactory.getLogger(PlanDatesFollowTheProject.class);

    private final PlanManagement plans;
    private final Clock clock;

    PlanDatesFollowTheProject(PlanManagement plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @ApplicationModuleListener(id = ID)
    void on(ProjectDatesChanged changed) {
        try {
            follow(changed.projectId(), changed.start(), changed.targetFinish());
        } catch (cn.zhuanban.shared.BusinessException e) {
            // a target the plan cannot be scheduled to (past the calendars' range): the plan keeps its dates and its
            // page still offers them for editing; retrying would fail the same way
            log.warn("Plan of project {} kept its dates after a project edit: {}", changed.projectId(), e.getMessage());
        }
    }

    /**
     * Moves the stored plan's start and target finish to the project's (either null: unchanged); nothing when the
     * project has no plan or the plan already has them.
     */
    private void follow(long projectId, LocalDate start, LocalDate target) {
        ProjectPlan plan = plans.stored(projectId);
        String summary = plan == null ? null : summary(plan.getStartDate(), start, plan.getTargetFinish(), target);
        if (summary != null) {
            plans.editStored(projectId, "plan.dates-from-project", summary, p -> moveDates(p, start, target));
        }
    }

    /** A stage goal held to the old target (the templates' 投产) is the target itself: it moves with it. */
    private void moveDates(ProjectPlan plan, LocalDate start, LocalDate target) {
        LocalDate oldTarget = plan.getTargetFinish();
        plan.dates(
                start == null ? plan.getStartDate() : start,
                target == null ? oldTarget : target,
                plan.getDataDate(),
                clock.instant());
        if (target != null && oldTarget != null) {
            plan.getRows().stream()
                    .filter(r -> "FNLT".equals(r.constraintType()) && oldTarget.equals(r.constraintDate()))
                    .map(PlanRow::taskKey)
                    .toList()
                    .forEach(key -> plan.change(key, r -> r.withConstraint("FNLT", target), clock.instant()));
        }
    }

    /** What the audit log says: the dates that moved, in the plan's words. */
    static String summary(LocalDate oldStart, LocalDate start, LocalDate oldTarget, LocalDate target) {
        List<String> parts = new ArrayList<>();
        if (start != null && !start.equals(oldStart)) {
            parts.add("计划开始 " + oldStart + " → " + start);
        }
        if (target != null && !Objects.equals(target, oldTarget)) {
            parts.add("目标完成 " + (oldTarget == null ? "—" : oldTarget) + " → " + target);
        }
        return parts.isEmpty() ? null : String.join("；", parts) + "（随项目信息）";
    }
}
