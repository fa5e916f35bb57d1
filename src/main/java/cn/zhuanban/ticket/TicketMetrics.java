package cn.zhuanban.ticket;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.ticket.domain.MetricsQueries;
import cn.zhuanban.ticket.domain.TicketScope;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Closure, solve, satisfaction, reopen and return rates, and the department ranking (红黑榜). */
@Service
@Transactional(readOnly = true)
public class TicketMetrics {

    private final MetricsQueries queries;
    private final DepartmentManagement departments;

    TicketMetrics(MetricsQueries queries, DepartmentManagement departments) {
        this.queries = queries;
        this.departments = departments;
    }

    public List<MetricsRow> by(MetricsDimension dimension, CurrentUser user) {
        return by(dimension, user, MetricsPeriod.ALL);
    }

    /** The rows of the tickets reported in the period. */
    public List<MetricsRow> by(MetricsDimension dimension, CurrentUser user, MetricsPeriod period) {
        return named(dimension, queries.by(dimension, scope(user, period)));
    }

    /**
     * A page of the metrics page's table over the tickets reported in the period; projects and departments can be
     * narrowed by part of their name.
     */
    public PageResult<MetricsRow> page(
            MetricsDimension dimension, String name, CurrentUser user, MetricsPeriod period, PageQuery page) {
        PageResult<MetricsRow> result = queries.page(dimension, name, scope(user, period), page);
        return new PageResult<>(
                named(dimension, result.content()), result.page(), result.size(), result.totalElements());
    }

    /** All the rows {@link #page} pages through, for the export of what the page shows. */
    public List<MetricsRow> all(MetricsDimension dimension, String name, CurrentUser user, MetricsPeriod period) {
        return named(dimension, queries.all(dimension, name, scope(user, period)));
    }

    private static TicketScope scope(CurrentUser user, MetricsPeriod period) {
        return TicketScope.forTickets(user).reportedBetween(period.from(), period.to());
    }

    /** Departments get their names here; projects come with theirs, and categories and months are labelled by key. */
    private List<MetricsRow> named(MetricsDimension dimension, List<MetricsRow> rows) {
        if (dimension != MetricsDimension.DEPARTMENT) {
            return rows;
        }
        Map<Long, String> names = departments.names();
        return rows.stream()
                .map(r -> r.withLabel(names.get(Long.valueOf(r.key()))))
                .toList();
    }

    /**
     * Departments best first: on-time closure rate, then satisfaction, then fewer working days to
     * resolve. Departments with nothing closed yet have no rate and come last, unranked ({@link MetricsRow#ranked()}).
     */
    public List<MetricsRow> ranking(CurrentUser user) {
        return ranking(user, MetricsPeriod.ALL);
    }

    /** {@link #ranking(CurrentUser)} over the tickets reported in the period. */
    public List<MetricsRow> ranking(CurrentUser user, MetricsPeriod period) {
        Comparator<Double> high = Comparator.nullsLast(Comparator.reverseOrder());
        Comparator<Double> low = Comparator.nullsLast(Comparator.naturalOrder());
        return by(MetricsDimension.DEPARTMENT, user, period).stream()
                .sorted(Comparator.comparing(MetricsRow::onTimeRate, high)
                        .thenComparing(MetricsRow::satisfactionRate, high)
                        .thenComparing(MetricsRow::averageWorkingDays, low))
                .toList();
    }

    /** The cockpit's ticket figures in the user's scope, overdue as of {@code today}. */
    public TicketOverview overview(CurrentUser user, LocalDate today) {
        return queries.overview(TicketScope.forTickets(user), today);
    }

    /**
     * The cockpit's ticket figures as they stood at the end of {@code day}: tickets reported by then, each in the state
     * its timeline had then (a ticket closed later was open), overdue against the resolve date in force then (an
     * extension approved later does not move it). For the monthly briefing of a past month.
     */
    public TicketOverview overviewAsOf(CurrentUser user, LocalDate day) {
        return queries.overviewAsOf(TicketScope.forTickets(user), day);
    }

    /** Overdue tickets by department in the user's scope, most first, with the department's name. */
    public List<DepartmentOverdue> overdueByDepartment(CurrentUser user, LocalDate today) {
        return named(queries.overdueByDepartment(TicketScope.forTickets(user), today));
    }

    /** {@link #overdueByDepartment} as it stood at the end of {@code day}, as {@link #overviewAsOf} reads it. */
    public List<DepartmentOverdue> overdueByDepartmentAsOf(CurrentUser user, LocalDate day) {
        return named(queries.overdueByDepartmentAsOf(TicketScope.forTickets(user), day));
    }

    private List<DepartmentOverdue> named(Map<Long, Long> counts) {
        Map<Long, String> names = departments.names();
        return counts.entrySet().stream()
                .map(e -> new DepartmentOverdue(e.getKey(), names.get(e.getKey()), e.getValue()))
                .toList();
    }
}
