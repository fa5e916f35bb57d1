package cn.zhuanban.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectSummary;
import cn.zhuanban.project.StatusLight;
import cn.zhuanban.schedule.BattleMap;
import cn.zhuanban.schedule.MonthTarget;
import cn.zhuanban.schedule.PlanManagement;
import cn.zhuanban.schedule.PlanSheet;
import cn.zhuanban.schedule.PlanTargets;
import cn.zhuanban.schedule.TargetStatus;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo shows what a slipped month looks like, whatever the day of the month it is seeded on: one project caught
 * up last month's target only this month (已补齐, a yellow light), another has last month's target still missed (未完成,
 * a red light, and the work after the missed row not begun).
 */
@IntegrationTest
class DemoMonthTargetsTests {

    @Autowired
    DemoUsers users;

    @Autowired
    ProjectReads projects;

    @Autowired
    PlanManagement plans;

    @Autowired
    PlanTargets targets;

    @Autowired
    BattleMap battleMap;

    @Autowired
    Clock clock;

    @Autowired
    MockMvc mvc;

    @Test
    void oneProjectCaughtUpLastMonthsTargetThisMonthAndIsYellow() throws Exception {
        long id = project(DemoMonthTargets.CAUGHT_UP).id();
        MonthTarget last = lastMonth(id);
        assertThat(last.status()).isEqualTo(TargetStatus.CAUGHT_UP);
        assertThat(last.rows()).allSatisfy(r -> assertThat(r.actualFinish()).isBeforeOrEqualTo(LocalDate.now(clock)));
        assertThat(last.rows())
                .filteredOn(r -> r.actualFinish().isAfter(last.month().atEndOfMonth()))
                .as("production began this month")
                .extracting(PlanSheet.Row::key)
                .contains("M3");
        // last month's catch-up, not this month's target as well
        MonthTarget thisMonth = targets.targets(id, users.as("dispatch")).stream()
                .filter(t -> t.month().equals(YearMonth.now(clock)))
                .findFirst()
                .orElseThrow();
        assertThat(thisMonth.rows())
                .extracting(PlanSheet.Row::key)
                .doesNotContainAnyElementsOf(
                        last.rows().stream().map(PlanSheet.Row::key).toList());
        // the light follows from the plan: judged again as the nightly job would
        plans.refreshLights(id);
        var view = projects.find(id, users.as("dispatch"));
        assertThat(view.statusLight()).isEqualTo(StatusLight.YELLOW);
        assertThat(view.lightReason()).startsWith("月度目标逾期后补完：");
        assertThat(page("/projects/" + id + "/plan/targets")).contains("已补齐");
    }

    @Test
    void oneProjectStillMissesLastMonthsTargetAndIsRed() throws Exception {
        long id = project(DemoMonthTargets.MISSED).id();
        MonthTarget last = lastMonth(id);
        assertThat(last.status()).isEqualTo(TargetStatus.MISSED);
        PlanSheet sheet = plans.sheet(id, users.as("dispatch"));
        PlanSheet.Row held = sheet.row("B03");
        assertThat(held.actualFinish()).isNull();
        assertThat(held.percentComplete()).isBetween(1, 99);
        assertThat(sheet.row("B06").actualStart())
                .as("no completion filing without water")
                .isNull();
        plans.refreshLights(id);
        var view = projects.find(id, users.as("dispatch"));
        assertThat(view.statusLight()).isEqualTo(StatusLight.RED);
        YearMonth month = last.month();
        assertThat(view.lightReason()).contains("月度目标未完成：" + month.getYear() + "年" + month.getMonthValue() + "月");
        assertThat(page("/projects/" + id + "/plan/targets")).contains("未完成");
    }

    /**
     * The wall chart reads the months as the targets page does: the row caught up this month is counted in last month
     * only (已补齐), not as this month's target as well, where it would be one more row to do; the missed one is named
     * first in last month's cell, as what is missing.
     */
    @Test
    void theWallChartCountsARowCaughtUpLateInItsOwnMonthOnly() {
        YearMonth lastMonth = YearMonth.now(clock).minusMonths(1);
        List<MonthTarget> caughtUp = wall(project(DemoMonthTargets.CAUGHT_UP).id(), lastMonth);
        assertThat(caughtUp.get(0).status()).isEqualTo(TargetStatus.CAUGHT_UP);
        assertThat(caughtUp.get(1).rows())
                .extracting(PlanSheet.Row::key)
                .doesNotContainAnyElementsOf(keys(caughtUp.get(0)));
        assertThat(caughtUp.get(1).status()).isNotEqualTo(TargetStatus.MISSED);

        List<MonthTarget> missed = wall(project(DemoMonthTargets.MISSED).id(), lastMonth);
        assertThat(missed.get(0).status()).isEqualTo(TargetStatus.MISSED);
        PlanSheet.Row named = missed.get(0).headline().getFirst();
        assertThat(named.key()).isEqualTo("B03");
        assertThat(missed.get(0).finished(named)).isFalse();
    }

    /**
     * The months before last month hold the work done in them: they were fixed from the plan as first approved, before
     * the work done was reported, and the flagship built on its earliest dates showed "2026-09: A08 环评批复 已完成
     * 2025-05-29" while the months it did its approvals had no target.
     */
    @Test
    void theMonthsBeforeLastMonthHoldTheWorkFinishedInThem() {
        YearMonth lastMonth = YearMonth.now(clock).minusMonths(1);
        long id = project(DemoPlans.API_PROJECT).id();
        List<MonthTarget> months = targets.targets(id, users.as("dispatch"));
        List<MonthTarget> earlier =
                months.stream().filter(t -> t.month().isBefore(lastMonth)).toList();
        assertThat(earlier).isNotEmpty();
        for (MonthTarget t : earlier) {
            for (PlanSheet.Row row : t.rows()) {
                assertThat(row.actualFinish()).as(t.month() + " " + row.key()).isNotNull();
                assertThat(YearMonth.from(row.actualFinish()))
                        .as(t.month() + " " + row.key())
                        .isEqualTo(t.month());
            }
        }
        assertThat(earlier).anyMatch(t -> !t.rows().isEmpty());
    }

    /** The project's wall chart cells of {@code first} and the month after it. */
    private List<MonthTarget> wall(long projectId, YearMonth first) {
        for (int page = 0; ; page++) {
            PageResult<BattleMap.Line> lines = battleMap.wall(
                    BattleMap.WallFilter.NONE, users.as("dispatch"), first, 2, new PageQuery(page, PageQuery.MAX_SIZE));
            assertThat(lines.content())
                    .as("project %d on the wall chart", projectId)
                    .isNotEmpty();
            for (BattleMap.Line line : lines.content()) {
                if (line.project().id() == projectId) {
                    return line.months();
                }
            }
        }
    }

    private static List<String> keys(MonthTarget target) {
        return target.rows().stream().map(PlanSheet.Row::key).toList();
    }

    private MonthTarget lastMonth(long projectId) {
        YearMonth lastMonth = YearMonth.now(clock).minusMonths(1);
        return targets.targets(projectId, users.as("dispatch")).stream()
                .filter(t -> t.month().equals(lastMonth))
                .findFirst()
                .orElseThrow();
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).session(WebTestSupport.login(mvc, "dispatch")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private ProjectSummary project(String name) {
        return projects.search(
                        new ProjectFilter(name, null, null, null, null, null, null),
                        users.as("dispatch"),
                        new PageQuery(0, 1))
                .content()
                .getFirst();
    }
}
