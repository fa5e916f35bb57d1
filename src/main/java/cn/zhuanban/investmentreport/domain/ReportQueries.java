package cn.zhuanban.investmentreport.domain;

import cn.zhuanban.investmentreport.MissingReport;
import cn.zhuanban.investmentreport.MonthFigure;
import cn.zhuanban.investmentreport.MonthlyReportView;
import cn.zhuanban.investmentreport.ReportStatus;
import cn.zhuanban.investmentreport.domain.ReportRules.Neighbour;
import cn.zhuanban.project.ProjectScope;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.shared.LikeText;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reports and plans in SQL, always joined to {@code project p} so that the user's project scope
 * applies in the database; the cockpit's monthly figures are two grouped queries, never a loop.
 */
@Component
public class ReportQueries {

    /** Projects that owe a monthly report: those in preparation or under construction. */
    static final String REPORTABLE = "p.stage in ('PRE_CONSTRUCTION', 'UNDER_CONSTRUCTION')";

    private static final String SELECT = "select r.*, p.name as project_name, p.total_investment"
            + " from investment_report r join project p on p.id = r.project_id ";

    /**
     * Projects that owe the report of the month {@code :y}/{@code :m}: reportable ones whose start date falls before
     * the end of that month ({@code :owedBefore}, see {@link #owedParams}). A project owes the report of the month it
     * starts in (that month's investment is its first figure), never one of a month before: a project converted from
     * a lead with its start on 1 December owes December's report, not November's (audit D2). The start date, not the
     * registration: a ledger imported when a district moves onto the platform keeps owing the months since its start,
     * as the project page's standing says. A plain comparison beside the stage, so the stage index still narrows.
     */
    static final String OWES = REPORTABLE + " and p.start_date < :owedBefore";

    private static final String MISSING = " from project p where " + OWES + " and not exists (select 1 from"
            + " investment_report r where r.project_id = p.id and r.report_year = :y and r.report_month = :m) and (";

    private final JdbcClient jdbc;

    ReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Neighbour> before(long projectId, YearMonth month) {
        return neighbour(projectId, month, "<", "desc");
    }

    public Optional<Neighbour> after(long projectId, YearMonth month) {
        return neighbour(projectId, month, ">", "asc");
    }

    private Optional<Neighbour> neighbour(long projectId, YearMonth month, String op, String dir) {
        return jdbc.sql("select report_year, report_month, year_to_date, since_start from investment_report"
                        + " where project_id = :p and report_year * 100 + report_month " + op + " :ym"
                        + " order by report_year " + dir + ", report_month " + dir + " limit 1")
                .param("p", projectId)
                .param("ym", month.getYear() * 100 + month.getMonthValue())
                .query((rs, n) -> new Neighbour(
                        YearMonth.of(rs.getInt(1), rs.getInt(2)), rs.getBigDecimal(3), rs.getBigDecimal(4)))
                .optional();
    }

    /** A project's newest reports, newest first (at most {@code limit}): the project page's investment card. */
    public List<Neighbour> latest(long projectId, int limit) {
        return jdbc.sql("select report_year, report_month, year_to_date, since_start from investment_report"
                        + " where project_id = :p order by report_year desc, report_month desc limit :l")
                .param("p", projectId)
                .param("l", limit)
                .query((rs, n) -> new Neighbour(
                        YearMonth.of(rs.getInt(1), rs.getInt(2)), rs.getBigDecimal(3), rs.getBigDecimal(4)))
                .list();
    }

    /** Whether a project in this stage owes monthly reports: {@link #REPORTABLE} for one project in hand. */
    public static boolean reportable(ProjectStage stage) {
        return stage == ProjectStage.PRE_CONSTRUCTION || stage == ProjectStage.UNDER_CONSTRUCTION;
    }

    public List<MonthlyReportView> ofProject(long projectId) {
        return jdbc.sql(SELECT + "where r.project_id = :p order by r.report_year desc, r.report_month desc")
                .param("p", projectId)
                .query(ReportQueries::view)
                .list();
    }

    public Optional<MonthlyReportView> find(long id, ProjectScope scope) {
        return jdbc.sql(SELECT + "where r.id = :id and (" + scope.sql() + ")")
                .params(scope.params())
                .param("id", id)
                .query(ReportQueries::view)
                .optional();
    }

    /** The month's reports in scope, late ones first; {@code q} narrows to words of the project's name or code. */
    public PageResult<MonthlyReportView> ofMonth(YearMonth month, String q, ProjectScope scope, PageQuery page) {
        String where = "where r.report_year = :y and r.report_month = :m and (" + scope.sql() + ")"
                + " and (cast(:like as varchar) is null or lower(p.name) like :like escape '!'"
                + " or lower(p.project_code) like :like escape '!')";
        Map<String, Object> params = params(month, scope);
        params.put("like", LikeText.containing(q));
        long total = jdbc.sql("select count(*) from investment_report r join project p on p.id = r.project_id " + where)
                .params(params)
                .query(Long.class)
                .single();
        List<MonthlyReportView> rows = jdbc.sql(
                        SELECT + where + " order by r.late desc, p.name, r.id limit :l offset :o")
                .params(params)
                .param("l", page.size())
                .param("o", page.offset())
                .query(ReportQueries::view)
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /** The projects in scope without a report of the month; {@code q}: words of their name or code, as typed. */
    public PageResult<MissingReport> missing(YearMonth month, ProjectScope scope, String q, PageQuery page) {
        Map<String, Object> params = params(month, scope);
        params.put("like", LikeText.containing(q));
        String named = " and (cast(:like as varchar) is null or lower(p.name) like :like escape '!'"
                + " or lower(p.project_code) like :like escape '!')";
        long total = jdbc.sql("select count(*)" + MISSING + scope.sql() + ")" + named)
                .params(params)
                .query(Long.class)
                .single();
        List<MissingReport> rows = jdbc.sql("select p.id, p.name, p.stage, p.lead_official_id" + MISSING + scope.sql()
                        + ")" + named + " order by p.name, p.id limit :l offset :o")
                .params(params)
                .param("l", page.size())
                .param("o", page.offset())
                .query((rs, n) ->
                        new MissingReport(rs.getLong(1), rs.getString(2), ProjectStage.valueOf(rs.getString(3)), (Long)
                                rs.getObject(4, Long.class)))
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /** Planned and completed per month of the year, summed over the projects in scope: two grouped queries. */
    public List<MonthFigure> monthFigures(int year, ProjectScope scope) {
        Map<Integer, BigDecimal> planned = sums(
                "select a.plan_month, sum(a.amount) from investment_plan a"
                        + " join project p on p.id = a.project_id where a.plan_year = :y and (" + scope.sql()
                        + ") group by a.plan_month",
                year,
                scope);
        Map<Integer, BigDecimal> done = sums(
                "select r.report_month, sum(r.this_month) from investment_report r"
                        + " join project p on p.id = r.project_id where r.report_year = :y and (" + scope.sql()
                        + ") group by r.report_month",
                year,
                scope);
        List<MonthFigure> figures = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            figures.add(new MonthFigure(
                    m, planned.getOrDefault(m, BigDecimal.ZERO), done.getOrDefault(m, BigDecimal.ZERO)));
        }
        return figures;
    }

    /**
     * One row per project in scope with the year's plan and its twelve monthly figures of {@code year}, by
     * conditional aggregation in one grouped query per page (a provincial template's layout: months as columns). The
     * plan is a correlated sum: joined, it would multiply the reports' rows.
     */
    public PageResult<cn.zhuanban.investmentreport.YearRow> yearGrid(int year, ProjectScope scope, PageQuery page) {
        StringBuilder months = new StringBuilder();
        for (int m = 1; m <= 12; m++) {
            months.append(", sum(case when r.report_month = ").append(m).append(" then r.this_month end)");
        }
        long total = jdbc.sql("select count(*) from project p where (" + scope.sql() + ")")
                .params(scope.params())
                .query(Long.class)
                .single();
        var rows = jdbc.sql("select p.id, p.project_code, p.name, p.total_investment" + months
                        + ", max(r.since_start),"
                        + " (select sum(a.amount) from investment_plan a where a.project_id = p.id"
                        + " and a.plan_year = :y)"
                        + " from project p left join investment_report r on r.project_id = p.id and r.report_year = :y"
                        + " where (" + scope.sql() + ") group by p.id, p.project_code, p.name, p.total_investment"
                        + " order by p.id"
                        + " limit :l offset :o")
                .params(scope.params())
                .param("y", year)
                .param("l", page.size())
                .param("o", page.offset())
                .query((rs, n) -> {
                    List<BigDecimal> values = new ArrayList<>();
                    for (int m = 1; m <= 12; m++) {
                        values.add(rs.getBigDecimal(4 + m));
                    }
                    return new cn.zhuanban.investmentreport.YearRow(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getBigDecimal(4),
                            rs.getBigDecimal(18),
                            values,
                            rs.getBigDecimal(17));
                })
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    private Map<Integer, BigDecimal> sums(String sql, int year, ProjectScope scope) {
        Map<Integer, BigDecimal> sums = new HashMap<>();
        jdbc.sql(sql)
                .params(scope.params())
                .param("y", year)
                .query((rs, n) -> sums.put(rs.getInt(1), rs.getBigDecimal(2)))
                .list();
        return sums;
    }

    private static Map<String, Object> params(YearMonth month, ProjectScope scope) {
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("y", month.getYear());
        params.put("m", month.getMonthValue());
        params.putAll(owedParams(month));
        return params;
    }

    /** The bound of {@link #OWES}: the first day after the month. */
    static Map<String, Object> owedParams(YearMonth month) {
        return Map.of("owedBefore", month.plusMonths(1).atDay(1));
    }

    private static MonthlyReportView view(ResultSet rs, int n) throws SQLException {
        Timestamp confirmed = rs.getTimestamp("confirmed_at");
        return new MonthlyReportView(
                rs.getLong("id"),
                rs.getLong("project_id"),
                rs.getString("project_name"),
                rs.getBigDecimal("total_investment"),
                rs.getInt("report_year"),
                rs.getInt("report_month"),
                rs.getBigDecimal("this_month"),
                rs.getBigDecimal("year_to_date"),
                rs.getBigDecimal("since_start"),
                rs.getString("over_total_explanation"),
                rs.getString("progress_note"),
                rs.getBoolean("late"),
                ReportStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("reported_at").toInstant(),
                confirmed == null ? null : confirmed.toInstant());
    }
}
