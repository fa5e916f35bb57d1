package cn.zhuanban.schedule.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.schedule.PlanSheet;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The green actual bar of work under way: it runs from the actual start to the day the plan's progress was reported
 * as of (its data date, or today without one, never past today). It was one day wide however long the work had run.
 */
class GanttActualBarTests {

    private static final GanttSvg.Labels LABELS =
            new GanttSvg.Labels("今天", "最迟开始", "总时差", "实际", "进行中", GanttSvg.Months.CHINESE);
    private static final LocalDate START = LocalDate.of(2026, 9, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Test
    void workUnderWayRunsFromItsActualStartToTheDataDate() {
        LocalDate dataDate = LocalDate.of(2026, 10, 31);
        String svg = GanttSvg.draw(sheet(dataDate, started(null, 35)), TODAY, LABELS);
        // a day is the chart's scale wide: the bar spans the actual start to the data date, both days included
        assertThat(actualDays(svg)).isEqualTo(days(LocalDate.of(2026, 9, 29), dataDate));
        assertThat(svg).contains("实际 2026-09-29 – 进行中 (35%)");
    }

    @Test
    void withoutADataDateOrWithOneAheadOfTodayTheBarStopsAtToday() {
        String none = GanttSvg.draw(sheet(null, started(null, 35)), TODAY, LABELS);
        String ahead = GanttSvg.draw(sheet(TODAY.plusDays(10), started(null, 35)), TODAY, LABELS);
        long toToday = days(LocalDate.of(2026, 9, 29), TODAY);
        assertThat(actualDays(none)).isEqualTo(toToday);
        assertThat(actualDays(ahead)).isEqualTo(toToday);
    }

    @Test
    void finishedWorkKeepsItsActualDatesAndAStartAfterTheDataDateShowsItsFirstDay() {
        LocalDate finish = LocalDate.of(2026, 10, 9);
        String done = GanttSvg.draw(sheet(null, started(finish, 100)), TODAY, LABELS);
        assertThat(actualDays(done)).isEqualTo(days(LocalDate.of(2026, 9, 29), finish));
        assertThat(done).contains("实际 2026-09-29 – 2026-10-09").doesNotContain("进行中");
        String early = GanttSvg.draw(sheet(LocalDate.of(2026, 9, 20), started(null, 5)), TODAY, LABELS);
        assertThat(actualDays(early)).isEqualTo(1);
    }

    private static PlanSheet.Row started(LocalDate actualFinish, int percent) {
        return new PlanSheet.Row(
                "B01",
                "土建施工",
                "TASK",
                null,
                0,
                60,
                null,
                null,
                null,
                LocalDate.of(2026, 9, 29),
                LocalDate.of(2026, 12, 25),
                LocalDate.of(2026, 10, 5),
                LocalDate.of(2026, 12, 31),
                4,
                false,
                "GREEN",
                LocalDate.of(2026, 9, 29),
                actualFinish,
                percent,
                null,
                null);
    }

    private static PlanSheet sheet(LocalDate dataDate, PlanSheet.Row row) {
        return new PlanSheet(1, "测试项目", START, LocalDate.of(2027, 3, 31), dataDate, 1, List.of(row), null);
    }

    /** The days the actual bar covers, measured against the planned bar (B01's 88 days, 29 Sep to 25 Dec). */
    private static long actualDays(String svg) {
        double perDay = width(svg, "gantt-(?:planned|driving)") / 88;
        return Math.round(width(svg, "gantt-actual") / perDay);
    }

    private static double width(String svg, String cls) {
        Matcher m = Pattern.compile("<rect class=\"" + cls + "\" x=\"[0-9.]+\" y=\"\\d+\" width=\"([0-9.]+)\"")
                .matcher(svg);
        assertThat(m.find()).as(cls).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
