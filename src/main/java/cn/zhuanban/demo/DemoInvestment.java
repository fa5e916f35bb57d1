package cn.zhuanban.demo;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.ProjectSummary;
import cn.zhuanban.shared.ClockConfiguration;
import cn.zhuanban.shared.PageQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Monthly investment for the projects being built: this year's plan month by month, and the reports from the start
 * of construction (at most since January of last year) to the latest month due, cumulative figures consistent,
 * reported by the enterprise contact on the 20th of the month and confirmed by the dispatch office, so that the
 * cockpit, the investment pages and the statistics have figures on the first start. The latest month is still open
 * for two projects (the missing report list and its reminders have something to show) and unconfirmed for the
 * others. Written straight into the
 * tables like the province generator: reports of past months cannot be submitted on their own dates through the
 * reporting service, which stamps them now and would mark every one late.
 */
@Component
class DemoInvestment {

    private static final Set<ProjectStage> REPORTING =
            EnumSet.of(ProjectStage.PRE_CONSTRUCTION, ProjectStage.UNDER_CONSTRUCTION);

    /** How many of the reporting projects (in list order) have not reported the latest month due yet. */
    private static final int LAST_MONTH_OPEN = 2;

    private final ProjectReads projects;
    private final DemoUsers users;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoInvestment(ProjectReads projects, DemoUsers users, JdbcClient jdbc, Clock clock) {
        this.projects = projects;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void seed() {
        CurrentUser dispatch = users.as("dispatch");
        List<CurrentUser> contacts = List.of(users.as("enterprise"), users.as("enterprise2"));
        // A month is reported by the deadline day in that month (the 25th by default); the demo's reports come on the
        // 20th, so this month is reported once the 20th is over.
        LocalDate today = LocalDate.now(clock);
        YearMonth last = today.getDayOfMonth() > 20
                ? YearMonth.from(today)
                : YearMonth.from(today).minusMonths(1);
        List<ProjectSummary> reporting =
                projects.search(ProjectFilter.NONE, dispatch, new PageQuery(0, PageQuery.MAX_SIZE)).content().stream()
                        .filter(p -> REPORTING.contains(p.stage()) && p.start().isBefore(last.atDay(1)))
                        .toList();
        for (int i = 0; i < reporting.size(); i++) {
            ProjectSummary project = reporting.get(i);
            long reporter = contacts.stream()
                    .filter(c -> Objects.equals(c.enterpriseId(), project.enterpriseId()))
                    .findFirst()
                    .orElse(dispatch)
                    .id();
            YearMonth until = i < LAST_MONTH_OPEN ? last.minusMonths(1) : last;
            seed(project, reporter, dispatch.id(), until, last, i);
        }
    }

    private void seed(
            ProjectSummary project, long reporter, long confirmer, YearMonth until, YearMonth last, int salt) {
        YearMonth start = YearMonth.from(project.start());
        long months = Math.max(12, ChronoUnit.MONTHS.between(start, YearMonth.from(project.targetFinish())) + 1);
        BigDecimal monthly = project.totalInvestment().divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_UP);
        YearMonth first =
                start.isBefore(YearMonth.of(last.getYear() - 1, 1)) ? YearMonth.of(last.getYear() - 1, 1) : start;
        BigDecimal since = monthly.multiply(BigDecimal.valueOf(ChronoUnit.MONTHS.between(start, first)));
        BigDecimal yearToDate = BigDecimal.ZERO;
        for (YearMonth m = first; !m.isAfter(until); m = m.plusMonths(1)) {
            yearToDate = m.getMonthValue() == 1 ? BigDecimal.ZERO : yearToDate;
            // Between 60% and 125% of the even share, varying by month and project; never past the total.
            BigDecimal amount = monthly.multiply(BigDecimal.valueOf(60 + (m.getMonthValue() * 37 + salt * 53) % 66))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)
                    .min(project.totalInvestment().subtract(since));
            yearToDate = yearToDate.add(amount);
            since = since.add(amount);
            report(project.id(), m, amount, yearToDate, since, reporter, m.equals(last) ? null : confirmer);
        }
        for (int month = 1; month <= 12; month++) {
            jdbc.sql("insert into investment_plan (project_id, plan_year, plan_month, amount) values (:p, :y, :m, :a)")
                    .param("p", project.id())
                    .param("y", LocalDate.now(clock).getYear())
                    .param("m", month)
                    .param("a", monthly)
                    .update();
        }
    }

    private void report(
            long project,
            YearMonth month,
            BigDecimal amount,
            BigDecimal yearToDate,
            BigDecimal since,
            long reporter,
            Long confirmer) {
        Instant reportedAt = moment(month.atDay(20));
        jdbc.sql("""
                        insert into investment_report (project_id, report_year, report_month, this_month, year_to_date,
                            since_start, progress_note, late, status, reported_by, reported_at, confirmed_by,
                            confirmed_at, version)
                        values (:p, :y, :m, :amount, :ytd, :since, :note, false, :status, :by, :at, :confirmer,
                                :confirmedAt, 1)""")
                .param("p", project)
                .param("y", month.getYear())
                .param("m", month.getMonthValue())
                .param("amount", amount)
                .param("ytd", yearToDate)
                .param("since", since)
                .param("note", "本月完成投资 " + amount.toPlainString() + " 万元，按计划推进。")
                .param("status", confirmer == null ? "SUBMITTED" : "CONFIRMED")
                .param("by", reporter)
                .param("at", Timestamp.from(reportedAt))
                .param("confirmer", confirmer)
                .param("confirmedAt", confirmer == null ? null : Timestamp.from(reportedAt.plus(2, ChronoUnit.DAYS)))
                .update();
    }

    private static Instant moment(LocalDate day) {
        return day.atTime(10, 0).atZone(ClockConfiguration.DISTRICT_ZONE).toInstant();
    }
}
