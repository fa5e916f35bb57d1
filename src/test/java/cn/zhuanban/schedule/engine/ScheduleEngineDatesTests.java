package cn.zhuanban.schedule.engine;

import static cn.zhuanban.schedule.engine.LinkType.FS;
import static cn.zhuanban.schedule.engine.LinkType.SS;
import static cn.zhuanban.schedule.engine.ScheduleEngineFixtures.ENGINE;
import static cn.zhuanban.schedule.engine.ScheduleEngineFixtures.NEW_YEAR;
import static cn.zhuanban.schedule.engine.ScheduleEngineFixtures.START;
import static cn.zhuanban.schedule.engine.ScheduleEngineFixtures.assertEarly;
import static cn.zhuanban.schedule.engine.ScheduleEngineFixtures.assertLate;
import static cn.zhuanban.schedule.engine.ScheduleEngineFixtures.calendar;
import static cn.zhuanban.schedule.engine.ScheduleEngineFixtures.clockAt;
import static cn.zhuanban.schedule.engine.ScheduleEngineFixtures.d;
import static cn.zhuanban.schedule.engine.ScheduleEngineFixtures.floats;
import static cn.zhuanban.schedule.engine.ScheduleEngineFixtures.link;
import static cn.zhuanban.schedule.engine.ScheduleEngineFixtures.request;
import static cn.zhuanban.schedule.engine.ScheduleEngineFixtures.run;
import static cn.zhuanban.schedule.engine.ScheduleEngineFixtures.t;
import static cn.zhuanban.schedule.engine.ScheduleEngineFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.calendar.HolidayData;
import cn.zhuanban.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Constraints, the target finish, progress and the working calendar move the dates; float and status lights follow.
 * Dates are in March 2026 on a plain Monday–Friday calendar unless a test says otherwise: 2 March is a Monday.
 */
class ScheduleEngineDatesTests {

    @Nested
    class Constraints {

        @Test
        void startNoEarlierThanOnASaturdayStartsOnMonday() {
            Task a = t("A", 2).withConstraint(Constraint.startNoEarlierThan(d("2026-03-07")));
            assertEarly(run(List.of(a), List.of()), "A", "2026-03-09", "2026-03-10");
        }

        @Test
        void startNoEarlierThanBeforeTheLogicHasNoEffect() {
            Task b = t("B", 2).withConstraint(Constraint.startNoEarlierThan(d("2026-03-02")));
            ScheduleResult result = run(List.of(t("A", 3), b), List.of(link("A", "B", FS, 0)));
            assertEarly(result, "B", "2026-03-05", "2026-03-06");
        }

        @Test
        void finishNoLaterThanBeforeTheEarlyFinishGivesNegativeFloat() {
            Task a = t("A", 5).withConstraint(Constraint.finishNoLaterThan(d("2026-03-04")));
            ScheduleResult result = run(List.of(a), List.of());
            assertEarly(result, "A", "2026-03-02", "2026-03-06");
            assertLate(result, "A", "2026-02-26", "2026-03-04");
            assertThat(task(result, "A").totalFloat()).isEqualTo(-2);
            assertThat(task(result, "A").light()).isEqualTo(StatusLight.RED);
            assertThat(result.feasible()).isFalse();
            assertThat(result.shortfalls()).containsExactly(new FloatShortfall("A", 2));
        }

        @Test
        void mustFinishOnFixesBothFinishesAndOverridesTheLogic() {
            Task a = t("A", 3).withConstraint(Constraint.mustFinishOn(d("2026-03-06")));
            ScheduleResult result = run(List.of(t("P", 10), a), List.of(link("P", "A", FS, 0)), "2026-03-31");
            assertEarly(result, "A", "2026-03-04", "2026-03-06");
            assertLate(result, "A", "2026-03-04", "2026-03-06");
            assertLate(result, "P", "2026-02-18", "2026-03-03");
            assertThat(task(result, "P").totalFloat()).isEqualTo(-8);
            assertThat(result.shortfalls()).containsExactly(new FloatShortfall("P", 8));
        }

        @Test
        void mustFinishOnANonWorkingDayMeansThePreviousWorkingDay() {
            Task a = t("A", 2).withConstraint(Constraint.mustFinishOn(d("2026-03-08")));
            assertEarly(run(List.of(a), List.of()), "A", "2026-03-05", "2026-03-06");
        }
    }

    @Nested
    class FloatAndTarget {

        private final List<Task> tasks = List.of(t("A", 2), t("B", 5), t("C", 1));
        private final List<Link> links = List.of(link("A", "C", FS, 0), link("B", "C", FS, 0));

        @Test
        void lateDatesComeFromTheTargetFinish() {
            ScheduleResult result = run(tasks, links, "2026-03-13");
            assertLate(result, "C", "2026-03-13", "2026-03-13");
            assertLate(result, "B", "2026-03-06", "2026-03-12");
            assertThat(floats(result)).containsExactly(7, 4, 4);
            assertThat(result.tasks()).extracting(TaskSchedule::freeFloat).containsExactly(3, 0, 4);
            assertThat(result.criticalPath()).isEmpty();
            assertThat(result.feasible()).isTrue();
        }

        @Test
        void withoutATargetTheEarlyFinishAnchorsTheBackwardPass() {
            ScheduleResult result = run(tasks, links);
            assertThat(floats(result)).containsExactly(3, 0, 0);
            assertThat(result.criticalPath()).containsExactly("B", "C");
            assertThat(result.finish()).isEqualTo(d("2026-03-09"));
        }

        @Test
        void anUnreachableTargetReportsEachShortTaskAndByHowMuch() {
            ScheduleResult result = run(tasks, links, "2026-03-06");
            assertThat(floats(result)).containsExactly(2, -1, -1);
            assertThat(result.feasible()).isFalse();
            assertThat(result.shortfalls()).containsExactly(new FloatShortfall("B", 1), new FloatShortfall("C", 1));
            assertThat(result.criticalPath()).containsExactly("B", "C");
            assertThat(result.tasks())
                    .extracting(TaskSchedule::light)
                    .containsExactly(StatusLight.YELLOW, StatusLight.RED, StatusLight.RED);
        }

        @Test
        void noTaskMayFinishAfterTheTargetEvenWithoutSuccessorsDrivingIt() {
            ScheduleResult result = run(List.of(t("A", 10), t("B", 2)), List.of(link("A", "B", SS, 0)), "2026-03-20");
            assertLate(result, "A", "2026-03-09", "2026-03-20");
        }
    }

    @Nested
    class WithProgress {

        private final LocalDate dataDate = d("2026-03-11");

        @Test
        void remainingWorkIsScheduledFromTheDataDate() {
            List<Task> tasks = List.of(
                    t("A", 5).withProgress(Progress.finished(d("2026-03-02"), d("2026-03-06"))),
                    t("B", 4).withProgress(Progress.started(d("2026-03-09"), 50)),
                    t("C", 3),
                    t("D", 2));
            ScheduleRequest request = request(tasks, List.of(link("A", "B", FS, 0), link("B", "C", FS, 0)), null)
                    .withDataDate(dataDate);
            ScheduleResult result = ENGINE.schedule(request);
            assertEarly(result, "A", "2026-03-02", "2026-03-06");
            assertEarly(result, "B", "2026-03-09", "2026-03-12");
            assertEarly(result, "C", "2026-03-13", "2026-03-17");
            assertEarly(result, "D", "2026-03-11", "2026-03-12");
            assertThat(task(result, "A").critical()).isFalse();
            assertThat(task(result, "A").light()).isEqualTo(StatusLight.GREEN);
            assertThat(result.criticalPath()).containsExactly("B", "C");
        }

        @Test
        void remainingDurationWinsOverPercentComplete() {
            Task b = t("B", 10).withProgress(new Progress(d("2026-03-02"), null, 90, 5));
            ScheduleResult result =
                    ENGINE.schedule(request(List.of(b), List.of(), null).withDataDate(dataDate));
            assertEarly(result, "B", "2026-03-02", "2026-03-17");
        }

        @Test
        void anUnfinishedTaskPastItsLateFinishIsRed() {
            Task late = t("E", 2).withConstraint(Constraint.finishNoLaterThan(d("2026-03-10")));
            ScheduleResult result =
                    ENGINE.schedule(request(List.of(late), List.of(), null).withDataDate(dataDate));
            assertThat(task(result, "E").light()).isEqualTo(StatusLight.RED);
            assertEarly(result, "E", "2026-03-11", "2026-03-12");
        }

        @Test
        void aFinishedSuccessorDoesNotConstrainItsPredecessor() {
            List<Task> tasks = List.of(
                    t("A", 3).withProgress(Progress.started(d("2026-03-02"), 10)),
                    t("B", 1).withProgress(Progress.finished(d("2026-03-04"), d("2026-03-04"))));
            ScheduleRequest request =
                    request(tasks, List.of(link("A", "B", FS, 0)), "2026-03-20").withDataDate(dataDate);
            ScheduleResult result = ENGINE.schedule(request);
            assertLate(result, "A", "2026-03-02", "2026-03-20");
        }

        @Test
        void actualsWithoutADataDateUseToday() {
            ScheduleEngine engine = new ScheduleEngine(calendar(), clockAt("2026-03-11"));
            Task b = t("B", 4).withProgress(Progress.started(d("2026-03-09"), 50));
            assertEarly(engine.schedule(request(List.of(b), List.of(), null)), "B", "2026-03-09", "2026-03-12");
        }
    }

    @Nested
    class StatusLights {

        private final LightRules dueSoonOnly = new LightRules(0, 5);

        private ScheduleResult runOn(String today, int percent) {
            Task a = t("A", 10)
                    .withConstraint(Constraint.finishNoLaterThan(d("2026-03-20")))
                    .withProgress(Progress.percent(percent));
            ScheduleRequest request =
                    new ScheduleRequest(START, d("2026-03-31"), null, List.of(a), List.of(), dueSoonOnly);
            return new ScheduleEngine(calendar(), clockAt(today)).schedule(request);
        }

        @Test
        void dueWithinFiveWorkingDaysAndBehindTheStraightLineIsYellow() {
            assertThat(task(runOn("2026-03-16", 20), "A").light()).isEqualTo(StatusLight.YELLOW);
        }

        @Test
        void dueSoonButOnTrackIsGreen() {
            assertThat(task(runOn("2026-03-16", 80), "A").light()).isEqualTo(StatusLight.GREEN);
            assertThat(task(runOn("2026-03-09", 0), "A").light()).isEqualTo(StatusLight.GREEN);
        }

        @Test
        void unfinishedAfterTheLateFinishIsRed() {
            assertThat(task(runOn("2026-03-23", 95), "A").light()).isEqualTo(StatusLight.RED);
        }

        @Test
        void smallFloatIsYellowWithTheDefaultRules() {
            ScheduleResult result = run(List.of(t("A", 5), t("B", 1)), List.of(), "2026-03-13");
            assertThat(result.tasks())
                    .extracting(TaskSchedule::light)
                    .containsExactly(StatusLight.YELLOW, StatusLight.GREEN);
        }
    }

    @Nested
    class ChineseCalendar {

        @Test
        void workSkipsTheNationalDayHolidayAndUsesTheMakeUpSaturday() {
            WorkingCalendar china = WorkingCalendar.standard(HolidayData.allDays());
            ScheduleEngine engine = new ScheduleEngine(new WorkingCalendarAdapter(china), NEW_YEAR);
            ScheduleRequest request = new ScheduleRequest(
                    d("2026-09-29"), null, List.of(t("A", 3), t("B", 2)), List.of(link("A", "B", FS, 0)));
            ScheduleResult result = engine.schedule(request);
            assertEarly(result, "A", "2026-09-29", "2026-10-08");
            assertEarly(result, "B", "2026-10-09", "2026-10-10");
        }
    }
}
