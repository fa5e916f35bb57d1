package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.StatusLight;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A month's proposed target is fixed once the month has begun (domain §4, {@link TargetFixing}): work that slips or is
 * re-reported with new dates no longer rewrites a month already under way or past, so a slipped row shows as missed,
 * then caught up; a target typed by hand is never replaced; a month outside the plan is refused.
 */
@IntegrationTest
class PlanTargetFixingTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final YearMonth LAST_MONTH = YearMonth.from(TODAY).minusMonths(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    @Autowired
    ProjectReads projects;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanLightJob job;

    @Autowired
    PlanTargets targets;

    MockHttpSession dispatch;
    long enterpriseId;

    @BeforeEach
    void login() throws Exception {
        dispatch = WebTestSupport.login(mvc, "dispatch");
        enterpriseId = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
    }

    @Test
    void aRowThatSlippedOutOfLastMonthIsMissedThenCaughtUpNotMovedToTheMonthItWasDone() throws Exception {
        long id = planDueLastMonth();
        assertThat(stored(id, LAST_MONTH)).isEqualTo("A true");
        assertThat(projects.summary(id).orElseThrow().statusLight()).isEqualTo(StatusLight.RED);
        mvc.perform(get("/projects/" + id + "/plan/targets").session(dispatch))
                .andExpect(content().string(containsString("未完成")))
                .andExpect(content().string(containsString("月初已固定")));

        // finished today: its late finish is now this month's, and the plan alone would say last month had no target
        finish(id, "A", TODAY);

        assertThat(stored(id, LAST_MONTH)).isEqualTo("A true");
        assertThat(projects.summary(id).orElseThrow().statusLight()).isEqualTo(StatusLight.YELLOW);
        mvc.perform(get("/projects/" + id + "/plan/targets").session(dispatch))
                .andExpect(content().string(containsString("已补齐")));
    }

    @Test
    void aMonthBegunSinceTheLastChangeIsFixedByTheNightlyJobOrBeforeTheNextChange() throws Exception {
        long id = planDueLastMonth();
        forgetFixed(id); // as if the plan had last changed before these months began
        jdbc.sql("update plan_light_review set due_on = :d where project_id = :p")
                .param("d", TODAY)
                .param("p", id)
                .update();

        job.refreshDue();

        assertThat(stored(id, LAST_MONTH)).isEqualTo("A true");

        forgetFixed(id); // and no job ran: the next change fixes the months from the plan as it stood
        finish(id, "A", TODAY);

        assertThat(stored(id, LAST_MONTH)).isEqualTo("A true");
        assertThat(projects.summary(id).orElseThrow().statusLight()).isEqualTo(StatusLight.YELLOW);
    }

    @Test
    void aTargetTypedByHandIsNeverReplacedByTheProposal() throws Exception {
        long id = planDueLastMonth();
        target(id, LAST_MONTH.toString(), "B").andExpect(status().is3xxRedirection());
        forgetFixed(id);

        finish(id, "A", TODAY);

        assertThat(stored(id, LAST_MONTH)).isEqualTo("B false");
        assertThat(stored(id, YearMonth.from(TODAY))).isEqualTo(" true");
    }

    @Test
    void aRowOfLastMonthsTargetFinishedLateIsNotThisMonthsTargetToo() throws Exception {
        // due on the plan's target, the end of last month: this month lies after the plan until A is finished in it
        long id = PlanFixtures.project(
                mvc,
                dispatch,
                enterpriseId,
                LAST_MONTH.atDay(1).toString(),
                LAST_MONTH.atDay(20).toString());
        PlanFixtures.edit(mvc, dispatch, id, "/rows", "key", "A", "name", "试生产准备", "kind", "TASK", "duration", "3");
        assertThat(stored(id, LAST_MONTH)).isEqualTo("A true");

        finish(id, "A", TODAY); // its late finish is now today, and the plan reaches into this month

        assertThat(stored(id, LAST_MONTH)).isEqualTo("A true");
        assertThat(stored(id, YearMonth.from(TODAY)))
                .as("fixed from the plan after the change, without last month's row")
                .isEqualTo(" true");
        assertThat(month(id, LAST_MONTH).status()).isEqualTo(TargetStatus.CAUGHT_UP);
        assertThat(month(id, YearMonth.from(TODAY)).rows()).isEmpty();
        assertThat(month(id, YearMonth.from(TODAY)).status()).isEqualTo(TargetStatus.NONE);

        forgetFixed(id); // a month not fixed yet is shown from the proposal, which leaves A out just the same
        jdbc.sql("insert into plan_monthly_target (project_id, target_month, task_keys, updated_at, proposed)"
                        + " values (:p, :m, 'A', current_timestamp, true)")
                .param("p", id)
                .param("m", LAST_MONTH.toString())
                .update();
        assertThat(stored(id, YearMonth.from(TODAY))).isNull();
        assertThat(month(id, YearMonth.from(TODAY)).rows()).isEmpty();
        String page = mvc.perform(get("/projects/" + id + "/plan/targets").session(dispatch))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(monthRow(page, LAST_MONTH)).contains("已补齐").contains("已完成 " + TODAY);
        assertThat(monthRow(page, YearMonth.from(TODAY))).contains("无目标").doesNotContain("已完成");
    }

    @Test
    void aMissedRowMovedIntoALaterMonthIsThatMonthsTargetTooUntilItIsFinished() throws Exception {
        long id = planDueLastMonth();
        YearMonth next = YearMonth.from(TODAY).plusMonths(1);
        assertThat(stored(id, LAST_MONTH)).isEqualTo("A true");

        // the missed row is given a new target date next month: the changed plan puts it there
        PlanFixtures.edit(
                mvc,
                dispatch,
                id,
                "/rows/A/target",
                "targetDate",
                next.atDay(20).toString());

        assertThat(month(id, LAST_MONTH).status()).isEqualTo(TargetStatus.MISSED);
        assertThat(keys(month(id, next)))
                .as("carried forward: still to be done, now in the month the plan gives it")
                .contains("A");
        assertThat(projects.summary(id).orElseThrow().statusLight()).isEqualTo(StatusLight.RED);

        finish(id, "A", TODAY); // done: last month's catch-up, no longer next month's work

        assertThat(month(id, LAST_MONTH).status()).isEqualTo(TargetStatus.CAUGHT_UP);
        assertThat(keys(month(id, next))).doesNotContain("A");
        assertThat(keys(month(id, YearMonth.from(TODAY)))).doesNotContain("A");
    }

    @Test
    void aMonthOutsideThePlanIsRefusedWithTheMonthsItMayBe() throws Exception {
        long id = PlanFixtures.project(
                mvc,
                dispatch,
                enterpriseId,
                TODAY.plusMonths(2).withDayOfMonth(1).toString(),
                TODAY.plusMonths(14).toString());
        PlanFixtures.edit(mvc, dispatch, id, "/rows", "key", "A", "name", "场地平整", "kind", "TASK", "duration", "3");

        target(id, YearMonth.from(TODAY).toString(), "A")
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "月份须在计划的起止范围内（" + YearMonth.from(TODAY).plusMonths(2) + " 至 "
                                        + YearMonth.from(TODAY.plusMonths(14)) + "）")));
        target(id, YearMonth.from(TODAY).plusMonths(15).toString(), "A")
                .andExpect(content().string(containsString("月份须在计划的起止范围内")));
        assertThat(jdbc.sql("select count(*) from plan_monthly_target where project_id = :p")
                        .param("p", id)
                        .query(Long.class)
                        .single())
                .isZero();
        target(id, YearMonth.from(TODAY).plusMonths(2).toString(), "A").andExpect(status().is3xxRedirection());
    }

    /** A plan from the start of last month: A had to finish on the 20th of last month, B has long to go. */
    private long planDueLastMonth() throws Exception {
        long id = PlanFixtures.project(
                mvc,
                dispatch,
                enterpriseId,
                LAST_MONTH.atDay(1).toString(),
                TODAY.plusDays(400).toString());
        PlanFixtures.edit(
                mvc,
                dispatch,
                id,
                "/rows",
                "key",
                "A",
                "name",
                "场地平整",
                "kind",
                "TASK",
                "duration",
                "3",
                "targetDate",
                LAST_MONTH.atDay(20).toString());
        PlanFixtures.edit(mvc, dispatch, id, "/rows", "key", "B", "name", "主体施工", "kind", "TASK", "duration", "5");
        return id;
    }

    private void finish(long id, String key, LocalDate on) throws Exception {
        mvc.perform(multipart("/projects/" + id + "/plan/rows/" + key + "/progress")
                        .param("percentComplete", "100")
                        .param("actualStart", LAST_MONTH.atDay(1).toString())
                        .param("actualFinish", on.toString())
                        .session(dispatch)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private MonthTarget month(long id, YearMonth month) {
        CurrentUser user = new ServiceFixtures(null, null, null, directory).user("dispatch");
        return targets.targets(id, user).stream()
                .filter(t -> t.month().equals(month))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> keys(MonthTarget target) {
        return target.rows().stream().map(PlanSheet.Row::key).toList();
    }

    /** The targets page's row of a month. */
    private static String monthRow(String page, YearMonth month) {
        int start = page.indexOf("id=\"target-" + month + "\"");
        assertThat(start).as("month " + month).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private void forgetFixed(long id) {
        jdbc.sql("delete from plan_monthly_target where project_id = :p and proposed")
                .param("p", id)
                .update();
    }

    /** The stored target of a month as "keys proposed", null when none. */
    private String stored(long id, YearMonth month) {
        return jdbc.sql(
                        "select task_keys, proposed from plan_monthly_target where project_id = :p and target_month = :m")
                .param("p", id)
                .param("m", month.toString())
                .query((rs, n) -> rs.getString(1) + " " + rs.getBoolean(2))
                .optional()
                .orElse(null);
    }

    private ResultActions target(long id, String month, String keys) throws Exception {
        return mvc.perform(post("/projects/" + id + "/plan/targets")
                .param("month", month)
                .param("keys", keys)
                .session(dispatch)
                .with(csrf()));
    }
}
