package cn.zhuanban.dashboard.reports;

import cn.zhuanban.dashboard.cockpit.CockpitData.Figure;
import cn.zhuanban.meeting.ActionLedgerRow;
import cn.zhuanban.project.RedProject;
import cn.zhuanban.schedule.StageGoals.Goal;
import cn.zhuanban.ticket.DepartmentOverdue;
import java.time.LocalDate;
import java.util.List;

/**
 * What a weekly briefing or monthly dispatch report says, gathered once from the modules' query APIs in
 * the requester's scope and then written as DOCX or XLSX: key figures, red projects and why, overdue
 * tickets by department, the stage goals ahead, and the meetings' decisions past their deadline.
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
        List<ActionLedgerRow> decisions) {

    public Briefing {
        figures = List.copyOf(figures);
        red = List.copyOf(red);
        overdue = List.copyOf(overdue);
        goals = List.copyOf(goals);
        decisions = List.copyOf(decisions);
    }
}
