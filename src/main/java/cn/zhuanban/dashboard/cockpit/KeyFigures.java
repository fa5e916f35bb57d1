package cn.zhuanban.dashboard.cockpit;

import cn.zhuanban.dashboard.cockpit.CockpitData.Figure;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.investmentreport.InvestmentQueries;
import cn.zhuanban.investmentreport.InvestmentReporting;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.schedule.StageGoals;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.talent.TalentReports;
import cn.zhuanban.talent.TalentViews.FillRate;
import cn.zhuanban.ticket.TicketOverview;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The key figures above the cockpit's charts and in the generated reports, each with its label in the user's language
 * and the link to the rows behind it, made from figures the caller counted (today's for the cockpit, a month's end
 * for a briefing of a past month). The few that are counted here (missing reports, the talent fill rate) have no
 * history: they are always today's.
 */
@Component
public class KeyFigures {

    private final InvestmentQueries investment;
    private final InvestmentReporting reporting;
    private final TalentReports talent;
    private final ProjectReads projects;
    private final MessageSource messages;

    KeyFigures(
            InvestmentQueries investment,
            InvestmentReporting reporting,
            TalentReports talent,
            ProjectReads projects,
            MessageSource messages) {
        this.investment = investment;
        this.reporting = reporting;
        this.talent = talent;
        this.projects = projects;
        this.messages = messages;
    }

    /** A count, shown as it is, linking to the rows counted. */
    public Figure count(String key, long value, String link, Locale locale) {
        return new Figure(key, text("cockpit.figure." + key, locale), Long.toString(value), link, value);
    }

    /**
     * The year's planned and completed investment (万元), and the reports missing for the newest month whose deadline
     * day had passed on {@code today}. The year's figures open the year's statistics (an Excel file of every
     * project's months, the figures summed here); the month reports list shows one month only.
     */
    public List<Figure> investment(
            CurrentUser user, int year, BigDecimal planned, BigDecimal completed, LocalDate today, Locale locale) {
        String statistics = "/investment-reports/statistics?year=" + year;
        // A plan month of nothing is not stored: a year whose plans sum to nothing had no plan filled in at all (the
        // demo plans this year only), and 0.00 next to the year's completed investment would read as "planned nothing".
        Figure plan = planned.signum() == 0
                ? new Figure(
                        "planned",
                        text("cockpit.figure.planned", locale),
                        text("cockpit.figure.planned.none", locale),
                        statistics)
                : new Figure(
                        "planned",
                        text("cockpit.figure.planned", locale),
                        amount(planned, locale),
                        statistics,
                        planned);
        Figure done = new Figure(
                "completed",
                text("cockpit.figure.completed", locale),
                amount(completed, locale),
                statistics,
                completed);
        // Missing means overdue: the newest month whose deadline day has passed (last month up to this month's
        // deadline day), not this month's reports that are not yet due.
        YearMonth now = YearMonth.from(today);
        YearMonth overdue = pastDeadline(now, today) ? now : now.minusMonths(1);
        long missing = investment.missing(overdue, user, new PageQuery(0, 1)).totalElements();
        Figure late = new Figure(
                "missing",
                text("cockpit.figure.missing", locale, overdue.toString()),
                Long.toString(missing),
                "/investment-reports/missing?month=" + overdue,
                missing);
        return List.of(plan, done, late);
    }

    /** Open, overdue and solved tickets, and the satisfaction rate of the rated ones. */
    public List<Figure> tickets(TicketOverview t, Locale locale) {
        return List.of(
                count("tickets-open", t.open(), "/tickets?open=true", locale),
                count("tickets-overdue", t.overdue(), "/tickets?todo=OVERDUE", locale),
                count("tickets-solved", t.solved(), "/tickets?outcome=SOLVED", locale),
                rate("tickets-satisfaction", t.satisfied(), t.rated(), "/tickets/metrics", locale));
    }

    /** Today's talent fill rate: hired of demanded in the user's projects (no history is kept). */
    public Figure talentFill(CurrentUser user, Locale locale) {
        FillRate fill = talent.total(user, projects.scope(user));
        return rate("talent-fill", fill.hired(), fill.demanded(), "/talent/fill-rates", locale);
    }

    /** Stage goals met on time of those due. */
    public Figure goalsOnTime(StageGoals.Figures g, Locale locale) {
        return rate("goals-on-time", g.onTime(), g.due(), "/stage-goals?status=DUE", locale);
    }

    /**
     * A rate: shown with one decimal ("75.0%"), and as a fraction for the report files' percent cells; "—" and no
     * fraction when there is nothing to divide by.
     */
    Figure rate(String key, long part, long whole, String link, Locale locale) {
        Double fraction = whole == 0 ? null : (double) part / whole;
        return new Figure(key, text("cockpit.figure." + key, locale), percent(part, whole), link, null, fraction);
    }

    /** Percent with one decimal ("75.0%"), or "—" when there is nothing to divide by. */
    static String percent(long part, long whole) {
        if (whole == 0) {
            return "—";
        }
        return BigDecimal.valueOf(part)
                        .multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                        .toPlainString()
                + "%";
    }

    /** 万元 with two decimals and thousands grouped: a district's year runs to hundreds of thousands. */
    private static String amount(BigDecimal value, Locale locale) {
        return String.format(locale, "%,.2f", value);
    }

    /** The investment module's rule (a report is late after its month's deadline day, or last day), as of today. */
    private boolean pastDeadline(YearMonth month, LocalDate today) {
        return today.isAfter(month.atDay(Math.min(reporting.deadlineDay(), month.lengthOfMonth())));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
