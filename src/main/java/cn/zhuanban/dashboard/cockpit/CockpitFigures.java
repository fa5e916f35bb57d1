package cn.zhuanban.dashboard.cockpit;

import cn.zhuanban.dashboard.cockpit.CockpitData.Figure;
import cn.zhuanban.dashboard.cockpit.CockpitData.Month;
import cn.zhuanban.dashboard.cockpit.CockpitData.Slice;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.investmentreport.InvestmentQueries;
import cn.zhuanban.investmentreport.MonthFigure;
import cn.zhuanban.meeting.ActionFilter;
import cn.zhuanban.meeting.ActionLedger;
import cn.zhuanban.meeting.ActionState;
import cn.zhuanban.project.ProjectCount;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectLighting;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.StatusLight;
import cn.zhuanban.schedule.StageGoals;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.ticket.MetricsRow;
import cn.zhuanban.ticket.TicketMetrics;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The cockpit's charts and key figures for one user: one grouped query for the projects cube (level × stage ×
 * light, summed here over at most 45 cells), two for plan vs completed by month, one aggregate row of ticket figures
 * and one grouped query for the department ranking, the leads funnel and cohorts, the stage goals and the meeting
 * decisions past their deadline from those modules' query APIs; {@link KeyFigures} labels the figures and counts
 * the missing reports and the talent fill rate.
 * Data scope is the user's throughout; nothing loops over rows. Each part needs the permission of the
 * list it links to.
 */
@Component
public class CockpitFigures {

    private final ProjectLighting lighting;
    private final InvestmentQueries investment;
    private final TicketMetrics tickets;
    private final AttractionSlices attraction;
    private final StageGoals goals;
    private final ActionLedger decisions;
    private final KeyFigures keys;
    private final MessageSource messages;
    private final Clock clock;
    private final CockpitCache cache;

    CockpitFigures(
            ProjectLighting lighting,
            InvestmentQueries investment,
            TicketMetrics tickets,
            AttractionSlices attraction,
            StageGoals goals,
            ActionLedger decisions,
            KeyFigures keys,
            MessageSource messages,
            Clock clock,
            CockpitCache cache) {
        this.lighting = lighting;
        this.investment = investment;
        this.tickets = tickets;
        this.attraction = attraction;
        this.goals = goals;
        this.decisions = decisions;
        this.keys = keys;
        this.messages = messages;
        this.clock = clock;
        this.cache = cache;
    }

    /** Today's figures, shared for a short while by users of the same scope (see {@link CockpitCache}). */
    public CockpitData of(CurrentUser user, int year, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        return cache.get(CockpitCache.key(user, year, today, locale), () -> of(user, year, today, locale));
    }

    /** The figures as of {@code today} (overdue tickets, stage goals due, the overdue month's missing reports). */
    public CockpitData of(CurrentUser user, int year, LocalDate today, Locale locale) {
        List<ProjectCount> cube = lighting.countsByLevelStageLight(user);
        List<Month> months = new ArrayList<>();
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal completed = BigDecimal.ZERO;
        if (user.can(Permissions.INVESTMENT_VIEW)) {
            for (MonthFigure m : investment.monthFigures(year, user)) {
                String label = text("cockpit.month", locale, m.month());
                months.add(new Month(
                        label,
                        m.planned(),
                        m.completed(),
                        "/investment-reports?month=" + YearMonth.of(year, m.month())));
                planned = planned.add(m.planned());
                completed = completed.add(m.completed());
            }
        }
        // Stage goals feed a key figure and a chart: one query for both.
        StageGoals.Figures stageGoals = user.can(Permissions.PLAN_VIEW) ? goals.figures(user, today) : null;
        List<Figure> figures = figures(user, year, cube, planned, completed, stageGoals, today, locale);
        return new CockpitData(
                year,
                slices(StatusLight.values(), cube, ProjectCount::light, "light.", "light", locale),
                slices(ProjectLevel.values(), cube, ProjectCount::level, "project.level.", "level", locale),
                slices(ProjectStage.values(), cube, ProjectCount::stage, "project.stage.", "stage", locale),
                months,
                figures,
                ranking(user),
                attraction.funnel(user, year, locale),
                attraction.cohorts(user, year, locale),
                goals(stageGoals, locale));
    }

    private List<Figure> figures(
            CurrentUser user,
            int year,
            List<ProjectCount> cube,
            BigDecimal planned,
            BigDecimal completed,
            StageGoals.Figures stageGoals,
            LocalDate today,
            Locale locale) {
        List<Figure> figures = new ArrayList<>();
        figures.add(keys.count("projects", sum(cube, c -> true), "/projects", locale));
        figures.add(keys.count("red", sum(cube, c -> c.light() == StatusLight.RED), "/projects?light=RED", locale));
        if (user.can(Permissions.INVESTMENT_VIEW)) {
            figures.addAll(keys.investment(user, year, planned, completed, today, locale));
        }
        if (user.can(Permissions.TICKET_VIEW)) {
            figures.addAll(keys.tickets(tickets.overview(user, today), locale));
        }
        if (user.can(Permissions.MEETING_VIEW)) {
            // The ledger's reach is the rule (the briefings count it too): for a department's user the meetings of
            // the task forces he is on and what his department owns elsewhere; the figure opens exactly those rows.
            long late = decisions
                    .search(new ActionFilter(null, null, null, ActionState.OVERDUE), user, new PageQuery(0, 1))
                    .totalElements();
            figures.add(keys.count("decisions-overdue", late, "/meetings/actions?state=OVERDUE", locale));
        }
        if (user.can(Permissions.TALENT_DEMAND_VIEW)) {
            figures.add(keys.talentFill(user, locale));
        }
        if (stageGoals != null) {
            figures.add(keys.goalsOnTime(stageGoals, locale));
        }
        return figures;
    }

    /** Departments best first by on-time closure (the bar is the on-time percentage); each opens its tickets. */
    private List<Slice> ranking(CurrentUser user) {
        if (!user.can(Permissions.TICKET_VIEW)) {
            return List.of();
        }
        List<Slice> slices = new ArrayList<>();
        for (MetricsRow r : tickets.ranking(user)) {
            // Nothing closed, no rate: shown as "—" (as on the metrics page), not as 0%, after the ranked ones.
            Long onTime = r.ranked() ? Long.valueOf(Math.round(r.onTimeRate() * 100)) : null;
            slices.add(new Slice(
                    r.key(), r.label() == null ? r.key() : r.label(), onTime, "/tickets?departmentId=" + r.key()));
        }
        return slices;
    }

    /** Stage goals due by today met on time or not, and those still ahead; each opens those goals. */
    private List<Slice> goals(StageGoals.Figures g, Locale locale) {
        if (g == null) {
            return List.of();
        }
        return List.of(
                new Slice("ON_TIME", text("cockpit.goals.ON_TIME", locale), g.onTime(), "/stage-goals?status=ON_TIME"),
                new Slice("LATE", text("cockpit.goals.LATE", locale), g.late(), "/stage-goals?status=LATE"),
                new Slice("AHEAD", text("cockpit.goals.AHEAD", locale), g.ahead(), "/stage-goals?status=AHEAD"));
    }

    private <E extends Enum<E>> List<Slice> slices(
            E[] values,
            List<ProjectCount> cube,
            Function<ProjectCount, E> by,
            String labelPrefix,
            String param,
            Locale locale) {
        return Arrays.stream(values)
                .map(v -> new Slice(
                        v.name(),
                        text(labelPrefix + v.name(), locale),
                        sum(cube, c -> by.apply(c) == v),
                        "/projects?" + param + "=" + v.name()))
                .toList();
    }

    private static long sum(List<ProjectCount> cube, Predicate<ProjectCount> which) {
        return cube.stream().filter(which).mapToLong(ProjectCount::count).sum();
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
