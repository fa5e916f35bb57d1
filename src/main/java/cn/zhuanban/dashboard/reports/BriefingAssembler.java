package cn.zhuanban.dashboard.reports;

import cn.zhuanban.dashboard.cockpit.CockpitData.Figure;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Gathers a {@link Briefing} in the user's scope: the cockpit's figures (a past month's: {@link MonthEndFigures}) plus
 * four short lists, all aggregate queries.
 */
@Component
public class BriefingAssembler {

    static final int MAX_ROWS = 500;

    private final CockpitFigures cockpit;
    private final ProjectLighting lighting;
    private final TicketMetrics tickets;
    private final StageGoals goals;
    private final ActionLedger decisions;
    private final MonthEndFigures monthEnd;
    private final Clock clock;

    BriefingAssembler(
            CockpitFigures cockpit,
            ProjectLighting lighting,
            TicketMetrics tickets,
            StageGoals goals,
            ActionLedger decisions,
            MonthEndFigures monthEnd,
            Clock clock) {
        this.cockpit = cockpit;
        this.monthEnd = monthEnd;
        this.clock = clock;
        this.lighting = lighting;
        this.tickets = tickets;
        this.goals = goals;
        this.decisions = decisions;
    }

    /**
     * The briefing as of {@code asOf}. Up to today it is the cockpit's figures and today's lists; a date before today
     * (a past month's report) is read back as of its end, and the figures without history are marked as today's.
     */
    public Briefing of(ReportKind kind, CurrentUser user, LocalDate asOf, Locale locale) {
        return of(kind, user, asOf, LocalDate.now(clock), locale);
    }

    /** As {@link #of(ReportKind, CurrentUser, LocalDate, Locale)} with {@code today} given (tests fix the day). */
    Briefing of(ReportKind kind, CurrentUser user, LocalDate asOf, LocalDate today, Locale locale) {
        boolean past = asOf.isBefore(today);
        List<Figure> figures;
        Set<String> current;
        if (past) {
            MonthEndFigures.Result then = monthEnd.of(user, asOf, locale);
            figures = then.figures();
            current = then.current();
        } else {
            figures = cockpit.of(user, asOf.getYear(), asOf, locale).figures();
            current = Set.of();
        }
        // A past month's red projects are those of its end once the history of lights covers it (as the red count).
        List<RedProject> red = !past
                ? lighting.red(user, MAX_ROWS, locale)
                : current.contains("red")
                        ? lighting.redRegisteredBy(user, asOf, MAX_ROWS, locale)
                        : lighting.redAsOf(user, asOf, MAX_ROWS, locale);
        List<DepartmentOverdue> overdue = !user.can(Permissions.TICKET_VIEW)
                ? List.of()
                : past ? tickets.overdueByDepartmentAsOf(user, asOf) : tickets.overdueByDepartment(user, asOf);
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
                figures,
                red,
                overdue,
                ahead,
                late,
                past ? today : null,
                current,
                past ? predates(user, asOf) : null);
    }

    /** The first registration in scope when {@code asOf} is before it, so that the file says the month has no data. */
    private LocalDate predates(CurrentUser user, LocalDate asOf) {
        return lighting.firstRegisteredOn(user).filter(asOf::isBefore).orElse(null);
    }
}
