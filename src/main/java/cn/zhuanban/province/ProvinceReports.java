package cn.zhuanban.province;

import static cn.zhuanban.province.ProvinceBatch.ts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Random;

/**
 * The generated investment reports: per project the twelve months up to last month (本期, 当年累计, 截止累计, a few
 * late, the last month sometimes not yet confirmed) and this year's monthly plan amounts.
 */
final class ProvinceReports {

    static final String REPORT_INSERT = """
            insert into investment_report (id, project_id, report_year, report_month, this_month,
                year_to_date, since_start, over_total_explanation, progress_note, late, status,
                reported_by, reported_at, confirmed_by, confirmed_at, version)
            values (?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?, ?, ?, 1)""";

    static final String PLAN_INSERT =
            "insert into investment_plan (project_id, plan_year, plan_month, amount) values (?, ?, ?, ?)";

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Who reports (a project's enterprise contact) and who confirms (the dispatch office). */
    record People(long[] contactIds, long dispatchId) {}

    private final Random random;
    private final LocalDate today;
    private final People people;

    ProvinceReports(Random random, LocalDate today, People people) {
        this.random = random;
        this.today = today;
        this.people = people;
    }

    /** Reports numbered from {@code reportBase} for projects {@code projectBase + p}, whose totals are given. */
    void write(ProvinceBatch b, ProvinceBatch plan, long reportBase, long projectBase, BigDecimal[] projectTotal)
            throws SQLException {
        YearMonth last = YearMonth.from(today).minusMonths(1);
        YearMonth first = last.minusMonths(ProvinceGenerator.Scale.REPORT_MONTHS - 1);
        long id = reportBase;
        for (int p = 0; p < projectTotal.length; p++) {
            BigDecimal monthly = projectTotal[p].divide(BigDecimal.valueOf(36), 2, RoundingMode.HALF_UP);
            BigDecimal since = monthly.multiply(BigDecimal.valueOf(random.nextInt(6)));
            BigDecimal ytd = BigDecimal.ZERO;
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                if (m.getMonthValue() == 1) {
                    ytd = BigDecimal.ZERO;
                }
                BigDecimal amount = monthly.multiply(BigDecimal.valueOf(50 + random.nextInt(100)))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                ytd = ytd.add(amount);
                since = since.add(amount);
                boolean late = random.nextInt(20) == 0;
                boolean confirmed = m.isBefore(last) || random.nextBoolean();
                Instant reportedAt = m.plusMonths(1)
                        .atDay(late ? 28 : 20)
                        .atTime(10, 0)
                        .atZone(ZONE)
                        .toInstant();
                b.row(
                        id++,
                        projectBase + p,
                        m.getYear(),
                        m.getMonthValue(),
                        amount,
                        ytd,
                        since,
                        "本月完成投资" + amount + "万元",
                        late,
                        confirmed ? "CONFIRMED" : "SUBMITTED",
                        people.contactIds()[p / 2],
                        ts(reportedAt),
                        confirmed ? people.dispatchId() : null,
                        confirmed ? ts(reportedAt.plus(2, ChronoUnit.DAYS)) : null);
            }
            for (int month = 1; month <= 12; month++) {
                plan.row(projectBase + p, today.getYear(), month, monthly);
            }
        }
    }
}
