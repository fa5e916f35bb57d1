package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.UserDirectory;
import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The project page's plan card: the scheduled finish against the target as the plan page computes it, the next stage
 * goal not yet reached, this month's target and the months missed; a line and the way to a template without a plan;
 * nothing for a project outside the user's scope.
 */
@IntegrationTest
class ProjectPlanCardTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    MockHttpSession dispatch;
    long enterpriseId;

    @BeforeEach
    void login() throws Exception {
        dispatch = WebTestSupport.login(mvc, "dispatch");
        enterpriseId = directory.findByUsername("enterprise2").orElseThrow().enterpriseId();
    }

    @Test
    void showsTheFinishTheNextStageGoalAndThisMonthsTarget() throws Exception {
        YearMonth lastMonth = YearMonth.from(TODAY).minusMonths(1);
        long id = PlanFixtures.project(
                mvc,
                dispatch,
                enterpriseId,
                lastMonth.minusMonths(1).atDay(1).toString(),
                TODAY.plusDays(400).toString());
        edit(id, "/rows", "key", "A", "name", "场地平整", "kind", "TASK", "duration", "3");
        edit(id, "/rows", "key", "B", "name", "主体施工", "kind", "TASK", "duration", "5");
        milestone(id, "M0", "取得施工许可", TODAY.minusDays(10));
        milestone(id, "M1", "基础完工", TODAY.plusDays(30));
        milestone(id, "M2", "竣工验收", TODAY.plusDays(60));
        target(id, lastMonth, "B");
        target(id, YearMonth.from(TODAY), "A, B");
        progress(id, "A", lastMonth.atDay(1), TODAY);
        progress(id, "M0", null, TODAY.minusDays(10));

        String card = card("dispatch", id);

        String finish = JsonPath.read(api(id), "$.finish");
        assertThat(card)
                .contains("id=\"project-plan-finish\">" + finish + "<")
                .contains("id=\"project-plan-target\">" + TODAY.plusDays(400) + "<")
                .contains("可按期完成")
                .contains("基础完工", "目标 " + TODAY.plusDays(30))
                .doesNotContain("取得施工许可", "竣工验收")
                .contains("进行中", "共 2 项：已完成 1 项，未完成 1 项")
                .contains("往月有 1 个月目标未完成", "href=\"/projects/" + id + "/plan/targets\"")
                .contains("href=\"/projects/" + id + "/plan\"", "href=\"/projects/" + id + "/battle-map\"");
    }

    @Test
    void aPlanThatCannotMeetItsTargetSaysByHowManyWorkingDays() throws Exception {
        // Start and target next month, so this month has no target whatever day the test runs.
        LocalDate start = YearMonth.from(TODAY).plusMonths(1).atDay(1);
        long id = PlanFixtures.project(
                mvc,
                dispatch,
                enterpriseId,
                start.toString(),
                start.plusDays(10).toString());
        edit(id, "/rows", "key", "A", "name", "土建", "kind", "TASK", "duration", "30");

        String api = api(id);
        List<Integer> shortfalls = JsonPath.read(api, "$.shortfalls[*].workingDays");
        int shortBy = shortfalls.stream().mapToInt(Integer::intValue).max().orElseThrow();

        assertThat(card("dispatch", id))
                .contains("差 " + shortBy + " 个工作日", "id=\"project-plan-finish\">" + JsonPath.read(api, "$.finish"))
                .contains("暂无未完成的阶段目标", "本月暂无目标")
                .doesNotContain("可按期完成", "project-plan-missed");
    }

    @Test
    void withoutAPlanTheCardLeadsToThePlanPage() throws Exception {
        long id = PlanFixtures.project(
                mvc,
                dispatch,
                enterpriseId,
                TODAY.toString(),
                TODAY.plusDays(400).toString());

        assertThat(card("dispatch", id))
                .contains("暂无计划", "href=\"/projects/" + id + "/plan#plan-template\"")
                .doesNotContain("project-plan-finish", "/battle-map");
        // The enterprise contact may read the plan but not apply a template.
        assertThat(card("enterprise2", id)).contains("暂无计划").doesNotContain("plan-template");
    }

    @Test
    void aProjectOutsideTheScopeGivesNothing() throws Exception {
        long id = PlanFixtures.project(
                mvc,
                dispatch,
                enterpriseId,
                TODAY.toString(),
                TODAY.plusDays(400).toString());
        edit(id, "/rows", "key", "A", "name", "场地平整", "kind", "TASK", "duration", "3");

        for (String outsider : List.of("enterprise", "handler")) {
            String body = mvc.perform(
                            get("/schedule/fragments/project-plan/" + id).session(WebTestSupport.login(mvc, outsider)))
                    .andExpect(status().isNotFound())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(body).doesNotContain("场地平整", "project-plan-finish");
        }
    }

    @Test
    void theProjectPageLoadsTheCardForWhoMaySeePlans() throws Exception {
        long id = PlanFixtures.project(
                mvc,
                dispatch,
                enterpriseId,
                TODAY.toString(),
                TODAY.plusDays(400).toString());

        assertThat(WebTestSupport.page(mvc, "enterprise2", "/projects/" + id))
                .contains("hx-get=\"/schedule/fragments/project-plan/" + id + "\"");
    }

    private void edit(long id, String path, String... params) throws Exception {
        PlanFixtures.edit(mvc, dispatch, id, path, params);
    }

    private void milestone(long id, String key, String name, LocalDate target) throws Exception {
        edit(id, "/rows", "key", key, "name", name, "kind", "MILESTONE", "targetDate", target.toString());
    }

    private void target(long id, YearMonth month, String keys) throws Exception {
        mvc.perform(post("/projects/" + id + "/plan/targets")
                        .param("month", month.toString())
                        .param("keys", keys)
                        .session(dispatch)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private void progress(long id, String key, LocalDate start, LocalDate finish) throws Exception {
        var request = multipart("/projects/" + id + "/plan/rows/" + key + "/progress")
                .param("percentComplete", "100")
                .param("actualFinish", finish.toString());
        if (start != null) {
            request.param("actualStart", start.toString());
        }
        mvc.perform(request.session(dispatch).with(csrf())).andExpect(status().is3xxRedirection());
    }

    private String api(long id) throws Exception {
        return mvc.perform(get("/api/v1/projects/" + id + "/plan").session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String card(String username, long id) throws Exception {
        return WebTestSupport.page(mvc, username, "/schedule/fragments/project-plan/" + id);
    }
}
