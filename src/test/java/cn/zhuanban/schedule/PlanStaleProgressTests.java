package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectSummary;
import cn.zhuanban.project.StatusLight;
import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A plan whose work should long have begun but has no progress (domain §4): the forward pass still plans it from the
 * project start, with float to spare, so the page and the battle map say that progress is missing and the target has
 * passed, and the task and the project are red as the task is unfinished past its late finish. Dates are counted from
 * the application's clock, in calendar weeks, so that neither the weekday nor a holiday decides the outcome: three
 * weeks between start and target leave a three-day task at least eight working days of float even around 国庆.
 */
@IntegrationTest
class PlanStaleProgressTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    @Autowired
    ProjectReads projects;

    @Autowired
    MessageSource messages;

    @Autowired
    Clock clock;

    MockHttpSession dispatch;
    long enterpriseId;
    LocalDate today;

    @BeforeEach
    void login() throws Exception {
        dispatch = WebTestSupport.login(mvc, "dispatch");
        enterpriseId = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
        today = LocalDate.now(clock);
    }

    @Test
    void workThatShouldHaveStartedLongAgoIsRedAndThePlanSaysProgressIsMissingAndTheTargetHasPassed() throws Exception {
        LocalDate start = today.minusWeeks(10);
        LocalDate target = start.plusWeeks(3);
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, start.toString(), target.toString());
        PlanFixtures.edit(mvc, dispatch, id, "/rows", "key", "T1", "name", "场地平整", "kind", "TASK", "duration", "3");

        // the engine's dates stay as they were: from the project start, with float left
        String plan = mvc.perform(get("/api/v1/projects/" + id + "/plan").session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((Integer) JsonPath.read(plan, "$.tasks[0].totalFloat")).isGreaterThan(5);
        assertThat((String) JsonPath.read(plan, "$.tasks[0].light")).isEqualTo("RED");

        String page = page(id);
        assertThat(row(page, "T1")).contains("light-RED");
        assertThat(page)
                .contains("id=\"plan-stale-progress\"")
                .contains("1 项任务计划开始日期已过但未填报实际开始，进度未更新（数据日期：未设置）")
                .contains("href=\"/projects/" + id + "/plan/rows/T1/progress\" id=\"plan-stale-progress-report\"")
                .contains("id=\"plan-target-passed\"")
                .contains("目标完成日期 " + target + " 已过，仍有 1 项工作未完成")
                .doesNotContain("id=\"plan-shortfalls\"");
        ProjectSummary project = projects.summary(id).orElseThrow();
        assertThat(project.statusLight()).isEqualTo(StatusLight.RED);
        assertThat(project.lightReason()).contains("已过最迟完成日仍未完成：T1 场地平整");
        String battleMap = WebTestSupport.page(mvc, "dispatch", "/projects/" + id + "/battle-map");
        assertThat(battleMap).contains("id=\"gantt-stale-progress\"").contains("id=\"gantt-target-passed\"");
        assertThat(messages.getMessage("plan.stale-progress", new Object[] {1, "not set"}, Locale.ENGLISH))
                .contains("1 task(s) should have started by now")
                .contains("(data date: not set)");

        // progress reported as of today: the remaining work runs from today, past the target, which the shortfall says
        mvc.perform(multipart("/projects/" + id + "/plan/rows/T1/progress")
                        .param("percentComplete", "50")
                        .param("actualStart", start.plusWeeks(1).toString())
                        .session(dispatch)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String reported = page(id);
        assertThat(reported)
                .doesNotContain("id=\"plan-stale-progress\"")
                .contains("id=\"plan-shortfalls\"")
                .doesNotContain("id=\"plan-target-passed\"");
    }

    @Test
    void aPlanStartingLaterSaysNothingOfMissingProgress() throws Exception {
        long id = PlanFixtures.project(
                mvc,
                dispatch,
                enterpriseId,
                today.plusWeeks(2).toString(),
                today.plusWeeks(20).toString());
        PlanFixtures.edit(mvc, dispatch, id, "/rows", "key", "T1", "name", "场地平整", "kind", "TASK", "duration", "3");

        String page = page(id);
        assertThat(page).doesNotContain("id=\"plan-stale-progress\"").doesNotContain("id=\"plan-target-passed\"");
        assertThat(row(page, "T1")).doesNotContain("light-RED");
        assertThat(projects.summary(id).orElseThrow().statusLight()).isNotEqualTo(StatusLight.RED);
    }

    /**
     * A data date older than a task's late finish, and today past it: the row is red on the plan page as the project is,
     * both judged on today (domain §4: unfinished past its late finish), not green as of the stale data date.
     */
    @Test
    void aTaskPastItsLateFinishIsRedOnItsRowAsOnTheProjectWhenTheDataDateIsOlder() throws Exception {
        LocalDate start = today.minusWeeks(10);
        LocalDate target = start.plusWeeks(6);
        LocalDate dataDate = start.plusWeeks(2);
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, start.toString(), target.toString());
        PlanFixtures.edit(mvc, dispatch, id, "/rows", "key", "T1", "name", "场地平整", "kind", "TASK", "duration", "3");
        PlanFixtures.edit(mvc, dispatch, id, "/rows", "key", "T2", "name", "围挡施工", "kind", "TASK", "duration", "3");
        mvc.perform(multipart("/projects/" + id + "/plan/rows/T2/progress")
                        .param("dataDate", dataDate.toString())
                        .param("percentComplete", "100")
                        .param("actualStart", start.plusWeeks(1).toString())
                        .param("actualFinish", start.plusWeeks(1).plusDays(2).toString())
                        .session(dispatch)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        String plan = mvc.perform(get("/api/v1/projects/" + id + "/plan").session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        java.util.List<String> lateFinish = JsonPath.read(plan, "$.tasks[?(@.key == 'T1')].lateFinish");
        assertThat(LocalDate.parse(lateFinish.getFirst())).isAfter(dataDate).isBefore(today);

        assertThat(projects.summary(id).orElseThrow().statusLight()).isEqualTo(StatusLight.RED);
        String page = page(id);
        assertThat(row(page, "T1")).contains("light-RED");
        assertThat(row(page, "T2")).doesNotContain("light-RED");
    }

    private String page(long id) throws Exception {
        return mvc.perform(get("/projects/" + id + "/plan").session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String row(String page, String key) {
        Matcher row = Pattern.compile("<tr[^>]*id=\"row-" + key + "\".*?</tr>", Pattern.DOTALL)
                .matcher(page);
        assertThat(row.find()).as("row " + key).isTrue();
        return row.group();
    }
}
