package cn.zhuanban.schedule.engine;

import static cn.zhuanban.schedule.engine.LinkType.FF;
import static cn.zhuanban.schedule.engine.LinkType.FS;
import static cn.zhuanban.schedule.engine.LinkType.SF;
import static cn.zhuanban.schedule.engine.LinkType.SS;
import static cn.zhuanban.schedule.engine.ScheduleEngineFixtures.assertEarly;
import static cn.zhuanban.schedule.engine.ScheduleEngineFixtures.assertLate;
import static cn.zhuanban.schedule.engine.ScheduleEngineFixtures.d;
import static cn.zhuanban.schedule.engine.ScheduleEngineFixtures.link;
import static cn.zhuanban.schedule.engine.ScheduleEngineFixtures.run;
import static cn.zhuanban.schedule.engine.ScheduleEngineFixtures.t;
import static cn.zhuanban.schedule.engine.ScheduleEngineFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Links of the four types with their lags and leads, and milestones. Dates are in March 2026 on a plain Monday–Friday
 * calendar unless a test says otherwise: 2 March is a Monday.
 */
class ScheduleEngineLinkTests {

    @Nested
    class Links {

        @Test
        void finishToStartSuccessorStartsOnTheNextWorkingDay() {
            ScheduleResult result = run(List.of(t("A", 3), t("B", 2)), List.of(link("A", "B", FS, 0)));
            assertEarly(result, "A", "2026-03-02", "2026-03-04");
            assertEarly(result, "B", "2026-03-05", "2026-03-06");
            assertThat(result.finish()).isEqualTo(d("2026-03-06"));
        }

        @Test
        void finishToStartLagCountsWorkingDaysAcrossTheWeekend() {
            ScheduleResult result = run(List.of(t("A", 3), t("B", 2)), List.of(link("A", "B", FS, 2)));
            assertEarly(result, "B", "2026-03-09", "2026-03-10");
        }

        @Test
        void finishToStartNegativeLagOverlapsThePredecessor() {
            ScheduleResult result = run(List.of(t("A", 3), t("B", 2)), List.of(link("A", "B", FS, -1)));
            assertEarly(result, "B", "2026-03-04", "2026-03-05");
        }

        @Test
        void startToStartLagDelaysTheSuccessorsStart() {
            ScheduleResult result = run(List.of(t("A", 5), t("B", 3)), List.of(link("A", "B", SS, 2)), "2026-03-13");
            assertEarly(result, "B", "2026-03-04", "2026-03-06");
            assertLate(result, "B", "2026-03-11", "2026-03-13");
            assertLate(result, "A", "2026-03-09", "2026-03-13");
        }

        @Test
        void startToStartNegativeLagStartsTheSuccessorFirst() {
            Task a = t("A", 5).withConstraint(Constraint.startNoEarlierThan(d("2026-03-04")));
            ScheduleResult result = run(List.of(a, t("B", 2)), List.of(link("A", "B", SS, -1)));
            assertEarly(result, "B", "2026-03-03", "2026-03-04");
        }

        @Test
        void finishToFinishLagDelaysTheSuccessorsFinish() {
            ScheduleResult result = run(List.of(t("A", 5), t("B", 2)), List.of(link("A", "B", FF, 1)), "2026-03-13");
            assertEarly(result, "B", "2026-03-06", "2026-03-09");
            assertLate(result, "A", "2026-03-06", "2026-03-12");
            assertThat(task(result, "A").totalFloat()).isEqualTo(4);
        }

        @Test
        void finishToFinishNegativeLagLetsTheSuccessorFinishFirst() {
            ScheduleResult result = run(List.of(t("A", 5), t("B", 2)), List.of(link("A", "B", FF, -2)));
            assertEarly(result, "B", "2026-03-03", "2026-03-04");
        }

        @Test
        void startToFinishSuccessorFinishesOnTheWorkingDayBeforeThePredecessorStarts() {
            Task a = t("A", 2).withConstraint(Constraint.startNoEarlierThan(d("2026-03-09")));
            ScheduleResult result = run(List.of(a, t("B", 3)), List.of(link("A", "B", SF, 0)), "2026-03-13");
            assertEarly(result, "B", "2026-03-04", "2026-03-06");
            assertLate(result, "A", "2026-03-12", "2026-03-13");
            assertThat(task(result, "A").totalFloat()).isEqualTo(3);
        }

        @Test
        void startToFinishPositiveAndNegativeLags() {
            Task a = t("A", 2).withConstraint(Constraint.startNoEarlierThan(d("2026-03-09")));
            ScheduleResult plus = run(List.of(a, t("B", 3)), List.of(link("A", "B", SF, 2)));
            assertEarly(plus, "B", "2026-03-06", "2026-03-10");
            ScheduleResult minus = run(List.of(a, t("B", 3)), List.of(link("A", "B", SF, -1)));
            assertEarly(minus, "B", "2026-03-03", "2026-03-05");
        }

        @Test
        void noTaskStartsBeforeTheProjectStartWhateverTheLead() {
            ScheduleResult result = run(List.of(t("A", 1), t("B", 3)), List.of(link("A", "B", FS, -5)));
            assertEarly(result, "B", "2026-03-02", "2026-03-04");
        }

        @Test
        void theTightestOfSeveralPredecessorsDrives() {
            List<Task> tasks = List.of(t("A", 2), t("B", 4), t("C", 1));
            ScheduleResult result = run(tasks, List.of(link("A", "C", FS, 3), link("B", "C", FS, 0)));
            assertEarly(result, "C", "2026-03-09", "2026-03-09");
        }
    }

    @Nested
    class Milestones {

        @Test
        void aMilestoneSitsOnItsPredecessorsFinishDayAndItsSuccessorStartsNextDay() {
            List<Task> tasks = List.of(t("A", 3), t("M", 0), t("B", 2));
            ScheduleResult result = run(tasks, List.of(link("A", "M", FS, 0), link("M", "B", FS, 0)));
            assertEarly(result, "M", "2026-03-04", "2026-03-04");
            assertEarly(result, "B", "2026-03-05", "2026-03-06");
        }

        @Test
        void aKickOffMilestoneShowsOnTheProjectStartAndItsSuccessorStartsThatDay() {
            ScheduleResult result = run(List.of(t("K", 0), t("A", 2)), List.of(link("K", "A", FS, 0)), "2026-03-03");
            assertEarly(result, "K", "2026-03-02", "2026-03-02");
            assertLate(result, "K", "2026-03-02", "2026-03-02");
            assertEarly(result, "A", "2026-03-02", "2026-03-03");
            assertThat(result.criticalPath()).containsExactly("K", "A");
        }

        @Test
        void aStartToStartMilestoneShowsOnThePredecessorsStart() {
            Task a = t("A", 3).withConstraint(Constraint.startNoEarlierThan(d("2026-03-03")));
            ScheduleResult result = run(List.of(a, t("M", 0)), List.of(link("A", "M", SS, 0)));
            assertEarly(result, "M", "2026-03-03", "2026-03-03");
        }

        @Test
        void aFinishToFinishMilestoneShowsOnThePredecessorsFinish() {
            ScheduleResult result = run(List.of(t("A", 3), t("M", 0)), List.of(link("A", "M", FF, 0)));
            assertEarly(result, "M", "2026-03-04", "2026-03-04");
        }

        @Test
        void aStageGoalMilestoneWithMustFinishOnIsShownOnItsDateAndFloatsAgainstTheTarget() {
            Task goal = t("G", 0).withConstraint(Constraint.mustFinishOn(d("2026-03-10")));
            ScheduleResult result = run(List.of(goal, t("B", 2)), List.of(link("G", "B", FS, 0)), "2026-03-13");
            assertEarly(result, "G", "2026-03-10", "2026-03-10");
            assertEarly(result, "B", "2026-03-11", "2026-03-12");
            assertThat(task(result, "B").totalFloat()).isEqualTo(1);
        }

        @Test
        void aMilestoneWithFloatShowsItsLateDateAtTheEndOfTheLatestDay() {
            ScheduleResult result = run(List.of(t("A", 3), t("M", 0)), List.of(link("A", "M", FS, 0)), "2026-03-06");
            assertLate(result, "M", "2026-03-06", "2026-03-06");
            assertThat(task(result, "M").totalFloat()).isEqualTo(2);
        }
    }
}
