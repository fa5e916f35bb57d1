package cn.zhuanban.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo district's projects being built report their monthly investment up to the latest month due, with consistent
 * cumulative figures, on time, and have this year's plan; two have not reported that month yet.
 */
@IntegrationTest
class DemoInvestmentTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    record Row(
            long projectId,
            int reportYear,
            int reportMonth,
            BigDecimal thisMonth,
            BigDecimal yearToDate,
            BigDecimal sinceStart) {}

    @Test
    void reportsAddUpMonthByMonthAndThisYearIsPlanned() {
        List<Row> rows = jdbc.sql("""
                        select project_id, report_year, report_month, this_month, year_to_date, since_start
                        from investment_report r
                        where r.reported_by in (select id from app_user where username in ('dispatch', 'enterprise', 'enterprise2'))
                          and r.progress_note like '本月完成投资%按计划推进。'
                        order by project_id, report_year, report_month""").query(Row.class).list();
        assertThat(rows).isNotEmpty();
        for (int i = 1; i < rows.size(); i++) {
            Row before = rows.get(i - 1);
            Row row = rows.get(i);
            // Other tests may report over a seeded month of a demo project: only seeded neighbours are compared.
            if (before.projectId() != row.projectId()
                    || !YearMonth.of(row.reportYear(), row.reportMonth())
                            .equals(YearMonth.of(before.reportYear(), before.reportMonth())
                                    .plusMonths(1))) {
                continue;
            }
            assertThat(row.sinceStart())
                    .isEqualByComparingTo(before.sinceStart().add(row.thisMonth()));
            assertThat(row.yearToDate())
                    .isEqualByComparingTo(
                            row.reportMonth() == 1
                                    ? row.thisMonth()
                                    : before.yearToDate().add(row.thisMonth()));
        }
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        YearMonth last = today.getDayOfMonth() > 20
                ? YearMonth.from(today)
                : YearMonth.from(today).minusMonths(1);
        List<Long> projects = rows.stream().map(Row::projectId).distinct().toList();
        long reportedLastMonth = rows.stream()
                .filter(r -> r.reportYear() == last.getYear() && r.reportMonth() == last.getMonthValue())
                .count();
        assertThat(projects.size() - reportedLastMonth).isBetween(2L, projects.size() - 1L);
        for (long project : projects) {
            assertThat(jdbc.sql("select count(*) from investment_plan where project_id = :p and plan_year = :y")
                            .param("p", project)
                            .param("y", YearMonth.now(clock).getYear())
                            .query(Long.class)
                            .single())
                    .isEqualTo(12);
        }
    }
}
