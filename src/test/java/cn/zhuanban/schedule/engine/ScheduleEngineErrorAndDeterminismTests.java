package cn.zhuanban.schedule.engine;

import static cn.zhuanban.schedule.engine.LinkType.FF;
import static cn.zhuanban.schedule.engine.LinkType.FS;
import static cn.zhuanban.schedule.engine.LinkType.SS;
import static cn.zhuanban.schedule.engine.ScheduleEngineFixtures.ENGINE;
import static cn.zhuanban.schedule.engine.ScheduleEngineFixtures.NEW_YEAR;
import static cn.zhuanban.schedule.engine.ScheduleEngineFixtures.START;
import static cn.zhuanban.schedule.engine.ScheduleEngineFixtures.calendar;
import static cn.zhuanban.schedule.engine.ScheduleEngineFixtures.d;
import static cn.zhuanban.schedule.engine.ScheduleEngineFixtures.link;
import static cn.zhuanban.schedule.engine.ScheduleEngineFixtures.randomNetwork;
import static cn.zhuanban.schedule.engine.ScheduleEngineFixtures.request;
import static cn.zhuanban.schedule.engine.ScheduleEngineFixtures.run;
import static cn.zhuanban.schedule.engine.ScheduleEngineFixtures.t;
import static cn.zhuanban.schedule.engine.ScheduleEngineFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Bad input names its field, cycles name their tasks, and the same request always gives the same result. Dates are in
 * March 2026 on a plain Monday–Friday calendar unless a test says otherwise: 2 March is a Monday.
 */
class ScheduleEngineErrorAndDeterminismTests {

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
}
