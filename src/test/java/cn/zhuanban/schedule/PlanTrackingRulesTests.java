package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhuanban.shared.BusinessException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules behind progress reports, monthly target status and the daily light review, without Spring. */
class PlanTrackingRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    @Test
    void progressRulesNameTheFieldAtFault() {
        assertRefused(report(null, 10, null, null), "actualStart");
        assertRefused(report(null, 101, date(1), null), "percentComplete");
        assertRefused(report(null, -1, date(1), null), "percentComplete");
        assertRefused(report(null, 100, date(5), date(4)), "actualFinish");
        assertRefused(report(null, 100, null, date(4)), "actualStart");
        assertRefused(report(TODAY.plusDays(1), 10, date(1), null), "dataDate");
        assertRefused(report(null, 10, TODAY.plusDays(1), null), "actualStart");
        assertRefused(report(date(3), 10, date(5), null), "actualStart"); // after the data date
        assertRefused(report(null, 50, date(1), date(2)), "percentComplete");
        assertRefused(report(null, 100, date(1), null), "actualFinish");
        assertRefused(report(null, null, date(1), null), "percentComplete");
    }

    @Test
    void aGoodReportGetsTodayAsItsDataDateAndAMilestoneStartsWhereItFinishes() {
        ProgressReport task = ProgressRules.check(report(null, 40, date(2), null), false, TODAY);
        assertThat(task.dataDate()).isEqualTo(TODAY);
        assertThat(task.photosTakenOn()).isEqualTo(TODAY);
        ProgressReport milestone = ProgressRules.check(report(null, null, null, date(6)), true, TODAY);
        assertThat(milestone.actualStart()).isEqualTo(date(6));
        assertThat(milestone.percentComplete()).isEqualTo(100);
    }

    @Test
    void aPastMonthIsMetMissedOrCaughtUpAndTheCurrentMonthStaysOpen() {
        YearMonth october = YearMonth.of(2026, 10);
        assertThat(MonthTarget.judge(october, List.of(row("A", LocalDate.of(2026, 10, 30))), TODAY))
                .isEqualTo(TargetStatus.MET);
        assertThat(MonthTarget.judge(october, List.of(row("A", LocalDate.of(2026, 11, 3))), TODAY))
                .isEqualTo(TargetStatus.CAUGHT_UP);
        assertThat(MonthTarget.judge(october, List.of(row("A", null), row("B", date(1))), TODAY))
                .isEqualTo(TargetStatus.MISSED);
        assertThat(MonthTarget.judge(YearMonth.of(2026, 11), List.of(row("A", null)), TODAY))
                .isEqualTo(TargetStatus.OPEN);
        assertThat(MonthTarget.judge(YearMonth.of(2026, 11), List.of(row("A", date(2))), TODAY))
                .isEqualTo(TargetStatus.MET);
        assertThat(MonthTarget.judge(YearMonth.of(2026, 12), List.of(row("A", null)), TODAY))
                .isEqualTo(TargetStatus.PLANNED);
        assertThat(MonthTarget.judge(october, List.of(), TODAY)).isEqualTo(TargetStatus.NONE);
    }

    @Test
    void aMissedMonthNamesItsUnfinishedRowsFirstThenTheLateOnes() {
        YearMonth october = YearMonth.of(2026, 10);
        List<PlanSheet.Row> rows = List.of(
                row("供电接入", LocalDate.of(2026, 10, 20)),
                row("供水接入", LocalDate.of(2026, 11, 3)),
                row("供气接入", null),
                row("通信接入", LocalDate.of(2026, 10, 5)));
        MonthTarget missed = new MonthTarget(october, rows, true, false, null, null, TargetStatus.MISSED);
        assertThat(missed.headline()).extracting(PlanSheet.Row::key).containsExactly("供气接入", "供水接入");
        assertThat(missed.finished(rows.get(2))).isFalse();
        assertThat(missed.finished(rows.get(0))).isTrue();
        // nothing missing: the order of the plan
        MonthTarget met = new MonthTarget(october, rows.subList(0, 1), true, false, null, null, TargetStatus.MET);
        assertThat(met.headline()).extracting(PlanSheet.Row::key).containsExactly("供电接入");
    }

    @Test
    void aMissedMonthIsRedAndLastMonthCaughtUpIsYellow() {
        MonthTarget missedInSeptember = target(YearMonth.of(2026, 9), TargetStatus.MISSED);
        MonthTarget caughtUpInOctober = target(YearMonth.of(2026, 10), TargetStatus.CAUGHT_UP);
        MonthTarget caughtUpInSeptember = target(YearMonth.of(2026, 9), TargetStatus.CAUGHT_UP);
        assertThat(MonthTargets.light(List.of(missedInSeptember, caughtUpInOctober), TODAY))
                .isEqualTo("RED");
        assertThat(MonthTargets.light(List.of(caughtUpInOctober), TODAY)).isEqualTo("YELLOW");
        assertThat(MonthTargets.light(List.of(caughtUpInSeptember), TODAY)).isNull();
    }

    @Test
    void theLightIsReviewedWhenADueSoonWindowOpensOrDailyWhileWorkIsUnderWay() {
        LocalDate lateFinish = TODAY.plusDays(40);
        PlanSheet far = sheet(null, scheduled("A", TODAY.plusDays(30), lateFinish, null, null));
        assertThat(PlanLights.nextReview(far, TODAY))
                .isEqualTo(YearMonth.from(TODAY).plusMonths(1).atDay(1));
        PlanSheet near = sheet(null, scheduled("A", TODAY.plusDays(3), TODAY.plusDays(10), null, null));
        assertThat(PlanLights.nextReview(near, TODAY)).isEqualTo(TODAY.plusDays(1));
        PlanSheet underWay = sheet(TODAY, scheduled("A", TODAY.minusDays(5), lateFinish, TODAY.minusDays(5), null));
        assertThat(PlanLights.nextReview(underWay, TODAY)).isEqualTo(TODAY.plusDays(1));
        PlanSheet done = sheet(TODAY, scheduled("A", date(1), date(5), date(1), date(5)));
        assertThat(PlanLights.nextReview(done, TODAY)).isEqualTo(LocalDate.of(2026, 12, 1));
        LocalDate windowOpens = LocalDate.of(2026, 11, 25);
        PlanSheet soon = sheet(null, scheduled("A", TODAY.plusDays(20), windowOpens.plusDays(21), null, null));
        assertThat(PlanLights.nextReview(soon, TODAY)).isEqualTo(windowOpens);
    }

    static void assertRefused(ProgressReport report, String field) {
        assertThatThrownBy(() -> ProgressRules.check(report, false, TODAY))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    static ProgressReport report(LocalDate dataDate, Integer percent, LocalDate start, LocalDate finish) {
        return new ProgressReport(dataDate, percent, start, finish, null, null, null);
    }

    static LocalDate date(int day) {
        return LocalDate.of(2026, 11, day);
    }

    static MonthTarget target(YearMonth month, TargetStatus status) {
        return new MonthTarget(month, List.of(), true, false, null, null, status);
    }

    static PlanSheet.Row row(String key, LocalDate actualFinish) {
        return scheduled(key, null, null, actualFinish == null ? null : actualFinish.minusDays(1), actualFinish);
    }

    static PlanSheet.Row scheduled(
            String key, LocalDate earlyStart, LocalDate lateFinish, LocalDate actualStart, LocalDate actualFinish) {
        return new PlanSheet.Row(
                key,
                key,
                "TASK",
                null,
                0,
                5,
                null,
                "",
                null,
                earlyStart,
                null,
                null,
                lateFinish,
                10,
                false,
                "GREEN",
                actualStart,
                actualFinish,
                actualFinish == null ? null : 100,
                null,
                null);
    }

    static PlanSheet sheet(LocalDate dataDate, PlanSheet.Row... rows) {
        return new PlanSheet(1, "p", date(1), null, dataDate, 1, List.of(rows), null);
    }
}
