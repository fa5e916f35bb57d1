package cn.zhuanban.dashboard.reports;

import cn.zhuanban.dashboard.cockpit.CockpitData.Figure;
import cn.zhuanban.meeting.ActionLedgerRow;
import cn.zhuanban.project.RedProject;
import cn.zhuanban.schedule.StageGoals.Goal;
import cn.zhuanban.ticket.DepartmentOverdue;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a weekly briefing or monthly dispatch report says, gathered once from the modules' query APIs in
 * the requester's scope and then written as DOCX or XLSX: key figures, red projects and why, overdue
 * tickets by department, the stage goals ahead, and the meetings' decisions past their deadline. A briefing of a
 * past month is as of the month's end, except the figures named in {@code current}, which keep no history and are
 * those of {@code currentOn} (the day it was generated; null when every figure is as of {@code asOf}).
 *
 * @param dataSince the day the first project in scope was registered, when {@code asOf} is before it (the month
 *     predates the data, as a district that loaded its projects at go-live reads every earlier month); else null
 */
public record Briefing(
        ReportKind kind,
        LocalDate periodStart,
        LocalDate asOf,
        LocalDate goalsFrom,
        LocalDate goalsTo,
        List<Figure> figures,
        List<RedProject> red,
        List<DepartmentOverdue> overdue,
        List<Goal> goals,
        List<ActionLedgerRow> decisions,
        LocalDate currentOn,
        Set<String> current,
        LocalDate dataSince) {

    public Briefing {
        figures = List.copyOf(figures);
        current = Set.copyOf(current);
        red = List.copyOf(red);
        overdue = List.copyOf(overdue);
        goals = List.copyOf(goals);
        decisions = List.copyOf(decisions);
    }

    /** Whether the figure with this key is today's rather than as of {@link #asOf()} (it keeps no history). */
    public boolean isCurrent(String key) {
        return currentOn != null && current.contains(key);
    }

    /** Whether the red lights are today's (a past month's briefing of a day before the history of lights starts). */
    public boolean redIsCurrent() {
        return isCurrent("red");
    }
}
