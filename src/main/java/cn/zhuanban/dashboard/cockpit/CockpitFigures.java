package cn.zhuanban.dashboard.cockpit;

import cn.zhuanban.dashboard.cockpit.CockpitData.Figure;
import cn.zhuanban.dashboard.cockpit.CockpitData.Month;
import cn.zhuanban.dashboard.cockpit.CockpitData.Slice;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.investmentreport.InvestmentQueries;
import cn.zhuanban.investmentreport.MonthFigure;
import cn.zhuanban.project.ProjectCount;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.StatusLight;
import cn.zhuanban.shared.PageQuery;
import java.math.BigDecimal;
import java.time.Clock;
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
 * The cockpit's figures for one user: one grouped query for the projects cube (level × stage ×
 * light, summed here over at most 45 cells), two for plan vs completed by month, one count of missing
 * reports. Data scope is the user's; nothing loops over rows.
 */
@Component
public class CockpitFigures {

    private final ProjectManagement projects;
    private final InvestmentQueries investment;
    private final MessageSource messages;
    private final Clock clock;

    CockpitFigures(ProjectManagement projects, InvestmentQueries investment, MessageSource messages, Clock clock) {
        this.projects = projects;
        this.investment = investment;
        this.messages = messages;
        this.clock = clock;
    }

    public CockpitData of(CurrentUser user, int year, Locale locale) {
        List<ProjectCount> cube = projects.countsByLevelStageLight(user);
        List<Month> months = new ArrayList<>();
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal completed = BigDecimal.ZERO;
        if (user.can(Permissions.INVESTMENT_VIEW)) {
            for (MonthFigure m : investment.monthFigures(year, user)) {
                String label = text("cockpit.month", locale, m.month());
                months.add(new Month(
                        label, m.planned(), m.completed(), "/investment?month=" + YearMonth.of(year, m.month())));
                planned = planned.add(m.planned());
                completed = completed.add(m.completed());
            }
        }
        return new CockpitData(
                year,
                slices(StatusLight.values(), cube, ProjectCount::light, "light.", "light", locale),
                slices(ProjectLevel.values(), cube, ProjectCount::level, "project.level.", "level", locale),
                slices(ProjectStage.values(), cube, ProjectCount::stage, "project.stage.", "stage", locale),
                months,
                figures(user, cube, planned, completed, locale));
    }

    private List<Figure> figures(
            CurrentUser user, List<ProjectCount> cube, BigDecimal planned, BigDecimal completed, Locale locale) {
        List<Figure> figures = new ArrayList<>();
        figures.add(figure("projects", sum(cube, c -> true), "/projects", locale));
        figures.add(figure("red", sum(cube, c -> c.light() == StatusLight.RED), "/projects?light=RED", locale));
        if (user.can(Permissions.INVESTMENT_VIEW)) {
            YearMonth now = YearMonth.now(clock);
            figures.add(new Figure(
                    "planned",
                    text("cockpit.figure.planned", locale),
                    planned.toPlainString(),
                    "/investment?month=" + now));
            figures.add(new Figure(
                    "completed",
                    text("cockpit.figure.completed", locale),
                    completed.toPlainString(),
                    "/investment?month=" + now));
            long missing = investment.missing(now, user, new PageQuery(0, 1)).totalElements();
            figures.add(figure("missing", missing, "/investment/missing?month=" + now, locale));
        }
        return figures;
    }

    private Figure figure(String key, long value, String link, Locale locale) {
        return new Figure(key, text("cockpit.figure." + key, locale), Long.toString(value), link);
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
