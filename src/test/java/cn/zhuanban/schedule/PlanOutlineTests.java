package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.schedule.domain.PlanRow;
import cn.zhuanban.schedule.domain.PlanRows;
import cn.zhuanban.schedule.domain.ProjectPlan;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A row's place follows its stage: given a stage it goes to the end of that stage's rows, as a row added to the stage
 * does; and a file is written as an outline, each stage followed by its own rows, whatever order the rows are stored
 * in, since MS Project reads the outline from the order alone.
 */
class PlanOutlineTests {

    private static final Instant NOW = Instant.parse("2027-03-01T00:00:00Z");

    @Test
    void aRowGivenAStageMovesToTheEndOfThatStagesRows() {
        ProjectPlan plan = ProjectPlan.start(1, LocalDate.of(2027, 3, 1), null);
        plan.add(stage("S1"), NOW);
        plan.add(task("A", "S1"), NOW);
        plan.add(stage("S2"), NOW);
        plan.add(task("B", "S2"), NOW);
        plan.add(task("X", null), NOW);

        plan.restage("X", "S1", NOW);
        assertThat(keys(plan.getRows())).containsExactly("S1 null", "A S1", "X S1", "S2 null", "B S2");

        plan.restage("A", "S2", NOW);
        assertThat(keys(plan.getRows())).containsExactly("S1 null", "X S1", "S2 null", "B S2", "A S2");

        plan.restage("X", null, NOW);
        assertThat(keys(plan.getRows())).containsExactly("S1 null", "S2 null", "B S2", "A S2", "X null");
    }

    @Test
    void aFileIsWrittenAsAnOutlineWhateverOrderTheRowsAreStoredIn() {
        List<PlanRow> stored =
                List.of(stage("S1"), task("A", "S1"), stage("S2"), task("B", "S2"), task("C", "S1"), task("X", null));

        assertThat(keys(PlanFileWriter.outline(stored)))
                .containsExactly("S1 null", "A S1", "C S1", "S2 null", "B S2", "X null");
    }

    @Test
    void aReplacedPlanTakesItsRowsInOutlineOrder() {
        ProjectPlan plan = ProjectPlan.start(1, LocalDate.of(2027, 3, 1), null);
        plan.replace(
                List.of(stage("S1"), task("A", "S1"), stage("S2"), task("B", "S2"), task("C", "S1"), task("X", null)),
                List.of(),
                NOW);

        assertThat(keys(plan.getRows())).containsExactly("S1 null", "A S1", "C S1", "S2 null", "B S2", "X null");
    }

    @Test
    void aStageRowNamingAParentStaysAtTheTopWithItsRows() {
        List<PlanRow> rows =
                List.of(stage("S1"), PlanRow.of("S2", "阶段S2", PlanRow.STAGE, "S1", 0, null), task("B", "S2"));

        assertThat(keys(PlanRows.outline(rows))).containsExactly("S1 null", "S2 S1", "B S2");
    }

    @Test
    void aRowPutBackGoesToThePlaceItHeld() {
        ProjectPlan plan = ProjectPlan.start(1, LocalDate.of(2027, 3, 1), null);
        plan.add(stage("S1"), NOW);
        plan.add(task("A", "S1"), NOW);
        plan.add(task("B", "S1"), NOW);
        plan.add(task("C", "S1"), NOW);
        plan.add(stage("S2"), NOW);
        plan.restage("B", "S2", NOW);

        plan.restageAt("B", "S1", 2, NOW);

        assertThat(keys(plan.getRows())).containsExactly("S1 null", "A S1", "B S1", "C S1", "S2 null");
    }

    private static PlanRow stage(String key) {
        return PlanRow.of(key, "阶段" + key, PlanRow.STAGE, null, 0, null);
    }

    private static PlanRow task(String key, String stage) {
        return PlanRow.of(key, "任务" + key, PlanRow.TASK, stage, 3, null);
    }

    private static List<String> keys(List<PlanRow> rows) {
        return rows.stream().map(r -> r.taskKey() + " " + r.parentKey()).toList();
    }
}
