package cn.zhuanban.schedule.engine;

import static cn.zhuanban.schedule.engine.LinkType.FF;
import static cn.zhuanban.schedule.engine.LinkType.FS;
import static cn.zhuanban.schedule.engine.LinkType.SF;
import static cn.zhuanban.schedule.engine.LinkType.SS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhuanban.calendar.HolidayData;
import cn.zhuanban.calendar.WorkingCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Dates are in March 2026 on a plain Monday–Friday calendar unless a test says otherwise: 2 March is a Monday. */
class ScheduleEngineTests {

    private static final LocalDate START = d("2026-03-02");
    private static final Clock NEW_YEAR = clockAt("2026-01-01");
    private static final ScheduleEngine ENGINE = new ScheduleEngine(
            new WorkingCalendarAdapter(WorkingCalendar.builder().build()), NEW_YEAR);

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

    @Nested
    class Errors {

        @Test
        void aCycleNamesItsTasksInLinkOrder() {
            List<Task> tasks = List.of(t("X", 1), t("C", 1), t("B", 1), t("A", 1));
            List<Link> links =
                    List.of(link("X", "A", FS, 0), link("A", "B", FS, 0), link("B", "C", SS, 0), link("C", "A", FF, 0));
            assertThatThrownBy(() -> run(tasks, links))
                    .isInstanceOfSatisfying(
                            ScheduleCycleException.class,
                            e -> assertThat(e.cycle()).containsExactly("C", "A", "B"))
                    .hasMessage("Dependency cycle: C -> A -> B -> C");
        }

        @Test
        void aCycleIsNamedAlikeWhetherOrNotTheTasksAreRenumbered() {
            // Renumbering sorts a bare predecessor grouping instead of the link graph; both must find the same cycle.
            List<Task> tasks = List.of(t("X", 1), t("C", 1), t("B", 1), t("A", 1));
            List<Link> links =
                    List.of(link("X", "A", FS, 0), link("A", "B", FS, 0), link("B", "C", SS, 0), link("C", "A", FF, 0));
            ScheduleRequest request = request(tasks, links, null);
            for (boolean renumber : new boolean[] {false, true}) {
                assertThatThrownBy(() -> CpmPasses.run(PlanCompiler.compile(request, calendar(), START), renumber))
                        .isInstanceOfSatisfying(
                                ScheduleCycleException.class,
                                e -> assertThat(e.cycle()).containsExactly("C", "A", "B"));
            }
        }

        @Test
        void aTaskLinkedToItselfIsACycle() {
            assertThatThrownBy(() -> run(List.of(t("A", 1)), List.of(link("A", "A", FS, 0))))
                    .isInstanceOfSatisfying(
                            ScheduleCycleException.class,
                            e -> assertThat(e.cycle()).containsExactly("A"));
        }

        @Test
        void anUnknownKeyNamesTheLinkField() {
            assertThatThrownBy(() -> run(List.of(t("A", 1)), List.of(link("A", "Z", FS, 0))))
                    .isInstanceOfSatisfying(
                            InvalidPlanException.class,
                            e -> assertThat(e.field()).isEqualTo("links[0].to"))
                    .hasMessageContaining("'Z'");
        }

        @Test
        void aNegativeDurationNamesTheTaskField() {
            assertThatThrownBy(() -> run(List.of(t("A", 1), t("B", -2)), List.of()))
                    .isInstanceOfSatisfying(
                            InvalidPlanException.class,
                            e -> assertThat(e.field()).isEqualTo("tasks[1].duration"));
        }

        @Test
        void anUnknownLinkTypeNamesTheField() {
            assertThatThrownBy(() -> LinkType.parse("XS", "links[3].type"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("links[3].type");
            assertThat(LinkType.parse("ff", "links[0].type")).isEqualTo(FF);
            assertThatThrownBy(() -> run(List.of(t("A", 1), t("B", 1)), List.of(new Link("A", "B", null, 0))))
                    .isInstanceOfSatisfying(
                            InvalidPlanException.class,
                            e -> assertThat(e.field()).isEqualTo("links[0].type"));
        }

        @Test
        void otherBadInputNamesItsField() {
            assertField(() -> run(List.of(t("A", 1), t("A", 2)), List.of()), "tasks[1].key");
            assertField(() -> ENGINE.schedule(new ScheduleRequest(null, null, List.of(), List.of())), "start");
            Task noDate = t("A", 1).withConstraint(new Constraint(ConstraintType.FNLT, null));
            assertField(() -> run(List.of(noDate), List.of()), "tasks[0].constraint.date");
            Task backwards = t("A", 1).withProgress(Progress.finished(d("2026-03-05"), d("2026-03-04")));
            assertField(() -> run(List.of(backwards), List.of()), "tasks[0].actualFinish");
            Task tooMuch = t("A", 1).withProgress(Progress.percent(120));
            assertField(() -> run(List.of(tooMuch), List.of()), "tasks[0].percentComplete");
        }

        private void assertField(Runnable call, String field) {
            assertThatThrownBy(call::run)
                    .isInstanceOfSatisfying(
                            InvalidPlanException.class,
                            e -> assertThat(e.field()).isEqualTo(field));
        }
    }

    @Nested
    class DeterminismAndSpeed {

        @Test
        void theSameRequestAlwaysGivesTheSameResult() {
            ScheduleRequest request = randomNetwork(new Random(7), 2000);
            ScheduleResult first = ENGINE.schedule(request);
            ScheduleEngine other = new ScheduleEngine(calendar(), NEW_YEAR);
            for (int run = 0; run < 5; run++) {
                assertThat(other.schedule(request)).isEqualTo(first);
            }
        }

        @Test
        void theOrderOfTasksInTheRequestDoesNotChangeAnyTasksSchedule() {
            ScheduleRequest sorted = randomNetwork(new Random(11), 500); // links only go to later tasks
            List<Task> shuffled = new ArrayList<>(sorted.tasks());
            java.util.Collections.shuffle(shuffled, new Random(12));
            ScheduleRequest unsorted = new ScheduleRequest(START, sorted.targetFinish(), shuffled, sorted.links());
            ScheduleResult expected = ENGINE.schedule(sorted);
            ScheduleResult actual = ENGINE.schedule(unsorted);
            assertThat(actual.tasks()).containsExactlyInAnyOrderElementsOf(expected.tasks());
            assertThat(actual.criticalPath()).containsExactlyInAnyOrderElementsOf(expected.criticalPath());
            assertThat(actual.finish()).isEqualTo(expected.finish());
        }

        @Test
        void renumberingShuffledTasksForTheCacheChangesNothingInTheResult() {
            // Shuffled input with every link type, lags, constraints, progress and a target too tight to meet, so
            // that shortfalls, milestones, started and finished tasks all go through the renumbered passes.
            ScheduleRequest sorted = randomNetwork(new Random(21), 800);
            List<Task> tasks = new ArrayList<>();
            Random random = new Random(22);
            for (Task task : sorted.tasks()) {
                int roll = random.nextInt(20);
                tasks.add(
                        switch (roll) {
                            case 0 -> task.withConstraint(Constraint.startNoEarlierThan(START.plusDays(30)));
                            case 1 -> task.withConstraint(Constraint.finishNoLaterThan(START.plusDays(200)));
                            case 2 -> task.withProgress(Progress.started(START, 40));
                            case 3 -> task.withProgress(Progress.finished(START, START.plusDays(2)));
                            default -> task;
                        });
            }
            java.util.Collections.shuffle(tasks, new Random(23));
            List<Link> links = new ArrayList<>(sorted.links());
            java.util.Collections.shuffle(links, new Random(24));
            ScheduleRequest request = new ScheduleRequest(START, d("2026-04-30"), d("2026-03-20"), tasks, links, null);
            WorkingCalendarAdapter calendar = calendar();
            LocalDate today = d("2026-03-20");
            ScheduleResult inInputOrder = ScheduleAssembler.assemble(
                    CpmPasses.run(PlanCompiler.compile(request, calendar, today), false), calendar);
            CpmPasses renumbered = CpmPasses.run(PlanCompiler.compile(request, calendar, today), true);
            assertThat(renumbered.inputOf).isNotNull();
            ScheduleResult result = ScheduleAssembler.assemble(renumbered, calendar);
            assertThat(inInputOrder.shortfalls()).hasSizeGreaterThan(1);
            assertThat(result).isEqualTo(inInputOrder);
        }

        @Test
        void anEmptyPlanHasNoFinish() {
            ScheduleResult result = run(List.of(), List.of());
            assertThat(result.finish()).isNull();
            assertThat(result.feasible()).isTrue();
        }

        @Test
        void aTenThousandTaskChainIsScheduledEndToEnd() {
            // Its speed is measured by the JMH benchmark (profile jmh), not here: timings are not tests.
            List<Task> tasks = new ArrayList<>();
            List<Link> links = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                tasks.add(t("T" + i, 1)); // 10,000 working days: about 2026–2064, inside the calendar's index
                if (i > 0) {
                    links.add(link("T" + (i - 1), "T" + i, FS, 0));
                }
            }
            ScheduleResult result = ENGINE.schedule(request(tasks, links, null));
            assertThat(result.criticalPath()).hasSize(10_000);
            assertThat(result.tasks().get(9_999).earlyStart())
                    .isAfter(result.tasks().get(0).earlyFinish());
        }
    }

    static ScheduleRequest randomNetwork(Random random, int size) {
        List<Task> tasks = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        LinkType[] types = LinkType.values();
        for (int i = 0; i < size; i++) {
            tasks.add(t("T" + i, random.nextInt(10)));
            for (int k = 0; k < 3 && i > 0; k++) {
                links.add(link("T" + random.nextInt(i), "T" + i, types[random.nextInt(4)], random.nextInt(7) - 3));
            }
        }
        return request(tasks, links, "2027-06-30");
    }

    private static ScheduleResult run(List<Task> tasks, List<Link> links) {
        return run(tasks, links, null);
    }

    private static ScheduleResult run(List<Task> tasks, List<Link> links, String target) {
        return ENGINE.schedule(request(tasks, links, target));
    }

    private static ScheduleRequest request(List<Task> tasks, List<Link> links, String target) {
        return new ScheduleRequest(START, target == null ? null : d(target), tasks, links);
    }

    private static WorkingCalendarAdapter calendar() {
        return new WorkingCalendarAdapter(WorkingCalendar.builder().build());
    }

    private static Clock clockAt(String day) {
        return Clock.fixed(Instant.parse(day + "T04:00:00Z"), ZoneId.of("Asia/Shanghai"));
    }

    private static Task t(String key, int duration) {
        return new Task(key, "Task " + key, duration);
    }

    private static Link link(String from, String to, LinkType type, int lag) {
        return new Link(from, to, type, lag);
    }

    private static TaskSchedule task(ScheduleResult result, String key) {
        return result.tasks().stream()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static List<Integer> floats(ScheduleResult result) {
        return result.tasks().stream().map(TaskSchedule::totalFloat).toList();
    }

    private static void assertEarly(ScheduleResult result, String key, String start, String finish) {
        TaskSchedule task = task(result, key);
        assertThat(List.of(task.earlyStart(), task.earlyFinish()))
                .as("early dates of " + key)
                .containsExactly(d(start), d(finish));
    }

    private static void assertLate(ScheduleResult result, String key, String start, String finish) {
        TaskSchedule task = task(result, key);
        assertThat(List.of(task.lateStart(), task.lateFinish()))
                .as("late dates of " + key)
                .containsExactly(d(start), d(finish));
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
