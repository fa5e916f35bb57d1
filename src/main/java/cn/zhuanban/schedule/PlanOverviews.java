package cn.zhuanban.schedule;

import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.schedule.domain.PlanBatchReader;
import cn.zhuanban.schedule.domain.ProjectPlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What many projects' plans say at once, for the pages that gather them (the meeting agenda, the workbench): the
 * plans are read in one batch and scheduled in memory. Without a user: callers pass projects they have checked the
 * user may see.
 */
@Service
@Transactional(readOnly = true)
public class PlanOverviews {

    private final PlanBatchReader batch;
    private final PlanManagement plans;
    private final Scheduling scheduling;

    PlanOverviews(PlanBatchReader batch, PlanManagement plans, Scheduling scheduling) {
        this.batch = batch;
        this.plans = plans;
        this.scheduling = scheduling;
    }

    /**
     * The rows of these projects' plans that should have started or finished by {@code today} with no actual saying
     * so, earliest first: what those who report progress owe.
     */
    public List<ProgressDue> progressDue(Collection<Long> projectIds, LocalDate today) {
        List<ProgressDue> due = new ArrayList<>();
        for (ProjectPlan plan : batch.ofProjects(projectIds)) {
            // Work not yet started is scheduled from the plan's first working day on or after today: on a rest day
            // (a weekend, the National Day week) that is the day work resumes, and what should have started by now
            // starts then, so it is owed whenever it starts by that day.
            WorkingCalendar calendar = scheduling.calendarOf(plan);
            LocalDate startBy = calendar.workingDayOnOrAfter(today);
            for (PlanSheet.Row r : PlanSheets.of(plan, "", plans.schedule(plan, today, calendar))
                    .rows()) {
                if (r.stage() || r.actualFinish() != null || r.earlyStart() == null) {
                    continue;
                }
                if (r.milestone()) {
                    // reached, not started: owed once its day has passed
                    if (r.earlyFinish().isBefore(today)) {
                        due.add(new ProgressDue(plan.getProjectId(), r.key(), r.name(), true, r.earlyFinish()));
                    }
                } else if (r.actualStart() == null && !r.earlyStart().isAfter(startBy)) {
                    due.add(new ProgressDue(plan.getProjectId(), r.key(), r.name(), false, r.earlyStart()));
                } else if (r.earlyFinish() != null && r.earlyFinish().isBefore(today)) {
                    due.add(new ProgressDue(plan.getProjectId(), r.key(), r.name(), true, r.earlyFinish()));
                }
            }
        }
        due.sort(Comparator.comparing(ProgressDue::due));
        return due;
    }

    /**
     * The unfinished stage goals of many projects with today's lights, for the meeting agenda: the plans are read in
     * one batch (four queries, not four per project) and scheduled in memory.
     */
    public List<OpenStageGoal> openStageGoals(Collection<Long> projectIds) {
        List<OpenStageGoal> goals = new ArrayList<>();
        for (ProjectPlan plan : batch.ofProjects(projectIds)) {
            PlanSheet sheet = PlanSheets.of(plan, "", plans.schedule(plan));
            sheet.rows().stream()
                    .filter(r -> r.milestone() && r.targetDate() != null && r.actualFinish() == null)
                    .map(r -> new OpenStageGoal(plan.getProjectId(), r.key(), r.name(), r.targetDate(), r.light()))
                    .forEach(goals::add);
        }
        return goals;
    }
}
