package cn.zhuanban.dashboard.reports;

import cn.zhuanban.dashboard.cockpit.CockpitData.Figure;
import cn.zhuanban.dashboard.cockpit.KeyFigures;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.investmentreport.InvestmentQueries;
import cn.zhuanban.investmentreport.MonthFigure;
import cn.zhuanban.meeting.ActionLedger;
import cn.zhuanban.project.LightCounts;
import cn.zhuanban.project.ProjectLighting;
import cn.zhuanban.schedule.StageGoals;
import cn.zhuanban.ticket.TicketMetrics;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The key figures of a briefing of a past month, as they stood at the month's end: the projects registered by then,
 * the tickets reported by then in the state their timelines had then and overdue against the resolve dates in force
 * then, the investment completed in the year up to the month, the stage goals due by then and the decisions open past
 * their deadline then (closed since or not). Some figures keep no history and are today's; they are named in
 * {@link Result#current()} so that the file says so instead of dating them to the month's end: the red lights of a
 * month that ended before the history of lights started (from then on they are the month end's), the year's plan (plans are edited in place), the missing reports
 * (a report filed late is no longer missing) and the talent fill rate. Aggregate queries only, as the cockpit's.
 *
 * <p>Each figure links to the rows behind it as they stood then where the list can be read so: the decisions ledger
 * (its month filter) and the year's investment statistics (a column per month). Today's figures link to today's lists.
 * The month end's projects, red projects, tickets and stage goals have no such list (each reads today's rows): they
 * are not linked at all, since a link would open rows that do not add up to the figure.
 */
@Component
class MonthEndFigures {

    /** The figures, and the keys of those that are today's rather than the month end's. */
    record Result(List<Figure> figures, Set<String> current) {}

    private final ProjectLighting lighting;
    private final InvestmentQueries investment;
    private final TicketMetrics tickets;
    private final StageGoals goals;
    private final ActionLedger decisions;
    private final KeyFigures keys;

    MonthEndFigures(
            ProjectLighting lighting,
            InvestmentQueries investment,
            TicketMetrics tickets,
            StageGoals goals,
            ActionLedger decisions,
            KeyFigures keys) {
        this.lighting = lighting;
        this.investment = investment;
        this.tickets = tickets;
        this.goals = goals;
        this.decisions = decisions;
        this.keys = keys;
    }

    Result of(CurrentUser user, LocalDate asOf, Locale locale) {
        List<Figure> figures = new ArrayList<>();
        Set<String> current = new LinkedHashSet<>();
        boolean lightsKnown = lighting.lightHistoryCovers(asOf);
        LightCounts lights =
                lightsKnown ? lighting.countsByLightAsOf(user, asOf) : lighting.countsByLightRegisteredBy(user, asOf);
        // The project list has no "as of" filter: linked, the month end's figures would open today's rows.
        figures.add(keys.count("projects", lights.total(), null, locale));
        figures.add(keys.count("red", lights.red(), null, locale));
        if (!lightsKnown) {
            current.add("red");
        }
        if (user.can(Permissions.INVESTMENT_VIEW)) {
            BigDecimal planned = BigDecimal.ZERO;
            BigDecimal completed = BigDecimal.ZERO;
            for (MonthFigure m : investment.monthFigures(asOf.getYear(), user)) {
                planned = planned.add(m.planned());
                // The year's completed investment up to the month: later months' reports came after its end.
                if (m.month() <= asOf.getMonthValue()) {
                    completed = completed.add(m.completed());
                }
            }
            figures.addAll(keys.investment(user, asOf.getYear(), planned, completed, asOf, locale));
            current.add("planned");
            current.add("missing");
        }
        if (user.can(Permissions.TICKET_VIEW)) {
            // neither the ticket list nor the metrics page can be read as of a past day
            keys.tickets(tickets.overviewAsOf(user, asOf), locale).forEach(f -> figures.add(unlinked(f)));
        }
        if (user.can(Permissions.MEETING_VIEW)) {
            // The decisions the fifth section lists, counted: open past their deadline as of the month's end; the link
            // opens the ledger as of that month's end (its month filter), not today's, which counts others.
            figures.add(keys.count(
                    "decisions-overdue",
                    decisions.overdueCount(user, asOf),
                    "/meetings/actions?state=OVERDUE&month=" + YearMonth.from(asOf),
                    locale));
        }
        if (user.can(Permissions.TALENT_DEMAND_VIEW)) {
            figures.add(keys.talentFill(user, locale));
            current.add("talent-fill");
        }
        if (user.can(Permissions.PLAN_VIEW)) {
            // the stage goals' list reads its statuses as of today only
            figures.add(unlinked(keys.goalsOnTime(goals.figures(user, asOf), locale)));
        }
        return new Result(figures, current);
    }

    /** A month end's figure whose list has no "as of" filter: shown plain rather than opening today's rows. */
    private static Figure unlinked(Figure f) {
        return new Figure(f.key(), f.label(), f.value(), null, f.number(), f.rate());
    }
}
