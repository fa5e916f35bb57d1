package cn.zhuanban.dashboard.reports;

import cn.zhuanban.dashboard.cockpit.CockpitFigures;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.meeting.ActionLedger;
import cn.zhuanban.meeting.ActionLedgerRow;
import cn.zhuanban.project.ProjectLighting;
import cn.zhuanban.project.RedProject;
import cn.zhuanban.schedule.StageGoals;
import cn.zhuanban.ticket.DepartmentOverdue;
import cn.zhuanban.ticket.TicketMetrics;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Gathers a {@link Briefing} in the user's scope: the cockpit's figures plus four short lists, all aggregate queries. */
@Component
public class BriefingAssembler {

    static final int MAX_ROWS = 500;

    private final CockpitFigures cockpit;
    private final ProjectLighting lighting;
    private final TicketMetrics tickets;
    private final StageGoals goals;
    private final ActionLedger decisions;

    BriefingAssembler(
            CockpitFigures cockpit,
            ProjectLighting lighting,
            TicketMetrics tickets,
            StageGoals goals,
            ActionLedger decisions) {
        this.cockpit = cockpit;
        this.lighting = lighting;
        this.tickets = tickets;
        this.goals = goals;
        this.decisions = decisions;
    }

    public Briefing of(ReportKind kind, CurrentUser user, LocalDate asOf, Locale locale) {
        var data = cockpit.of(user, asOf.getYear(), asOf, locale);
        List<RedProject> red = lighting.red(user, MAX_ROWS);
        List<DepartmentOverdue> overdue =
                user.can(Permissions.TICKET_VIEW) ? tickets.overdueByDepartment(user, asOf) : List.of();
        List<StageGoals.Goal> ahead = user.can(Permissions.PLAN_VIEW)
                ? goals.between(user, kind.goalsFrom(asOf), kind.goalsTo(asOf), MAX_ROWS)
                : List.of();
        List<ActionLedgerRow> late =
                user.can(Permissions.MEETING_VIEW) ? decisions.overdue(user, asOf, MAX_ROWS) : List.of();
        return new Briefing(
                kind,
                kind.periodStart(asOf),
                asOf,
                kind.goalsFrom(asOf),
                kind.goalsTo(asOf),
                data.figures(),
                red,
                overdue,
                ahead,
                late);
    }
}
