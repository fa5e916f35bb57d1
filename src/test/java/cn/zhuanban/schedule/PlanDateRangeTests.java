package cn.zhuanban.schedule;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.schedule.domain.PlanLink;
import cn.zhuanban.schedule.domain.ProjectPlan;
import cn.zhuanban.schedule.domain.ProjectPlanRepository;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A mistyped year (0001, 9999) is refused where it is typed, in Chinese, before it reaches a plan: scheduled, it
 * showed shortfalls of half a million working days, or was accepted silently.
 */
@IntegrationTest
class PlanDateRangeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    @Autowired
    ProjectPlanRepository repository;

    MockHttpSession dispatch;
    long enterpriseId;

    @BeforeEach
    void login() throws Exception {
        dispatch = WebTestSupport.login(mvc, "dispatch");
        enterpriseId = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
    }

    @Test
    void aStageGoalTargetOutsideTwoThousandToTwentyOneHundredIsRefusedAndNothingChanges() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2028-06-30");
        PlanFixtures.edit(mvc, dispatch, id, "/rows", "key", "A", "name", "审批", "kind", "TASK", "duration", "3");
        PlanFixtures.edit(mvc, dispatch, id, "/rows/A/target", "targetDate", "9999-12-31")
                .andExpect(content().string(containsString("任务A的日期9999-12-31不在2000年至2100年之间")));
        PlanFixtures.edit(
                        mvc,
                        dispatch,
                        id,
                        "/rows",
                        "key",
                        "M",
                        "name",
                        "开工",
                        "kind",
                        "MILESTONE",
                        "targetDate",
                        "0001-01-01")
                .andExpect(content().string(containsString("任务M的日期0001-01-01不在2000年至2100年之间")))
                .andExpect(content().string(not(containsString("row-M"))));
        mvc.perform(get("/api/v1/projects/" + id + "/plan").session(dispatch))
                .andExpect(jsonPath("$.feasible").value(true))
                .andExpect(jsonPath("$.tasks.length()").value(1));
        PlanFixtures.edit(mvc, dispatch, id, "/rows/A/target", "targetDate", "2028-06-30")
                .andExpect(content().string(not(containsString("不在2000年至2100年之间"))));
    }

    @Test
    void anEditThatWouldScheduleBeyondTwentyOneHundredIsRefusedInChineseAndThePlanStaysAsItWas() throws Exception {
        long id = twoLongTasks();
        PlanFixtures.edit(mvc, dispatch, id, "/rows/B/predecessors", "predecessors", "A")
                .andExpect(content().string(containsString("计算结果超出日历覆盖的 2000-01-01 至 2100-12-31：任务“B”将排到 21")))
                .andExpect(content().string(not(containsString("id=\"plan-out-of-range\""))));
        mvc.perform(get("/api/v1/projects/" + id + "/plan").session(dispatch))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.finish").value(org.hamcrest.Matchers.startsWith("20")));
        PlanFixtures.edit(mvc, dispatch, id, "/rows/B/predecessors", "predecessors", "AFS+2")
                .andExpect(content().string(containsString("计算结果超出日历覆盖的")));
    }

    @Test
    void aStoredPlanThatComputesBeyondTwentyOneHundredOpensWithAWarningAndCanBeMendedOnItsPage() throws Exception {
        long id = twoLongTasks();
        ProjectPlan plan = repository.findByProjectId(id).orElseThrow();
        // as a plan could become before edits were checked, or when its dates moved under it
        plan.replace(plan.getRows(), List.of(new PlanLink("A", "B", "FS", 0)), Instant.now());
        repository.save(plan);
        mvc.perform(get("/projects/" + id + "/plan").session(dispatch))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"plan-out-of-range\"")))
                .andExpect(content().string(containsString("本计划的计算结果超出日历覆盖的 2000-01-01 至 2100-12-31：任务 B 桩基")))
                .andExpect(content().string(containsString("id=\"row-B\"")));
        // an edit that does not push it further out is saved; the one that mends it clears the warning
        PlanFixtures.edit(mvc, dispatch, id, "/rows", "key", "C", "name", "验收", "kind", "TASK", "duration", "5")
                .andExpect(content().string(containsString("id=\"row-C\"")))
                .andExpect(content().string(containsString("id=\"plan-out-of-range\"")));
        PlanFixtures.edit(mvc, dispatch, id, "/rows/B/duration", "duration", "11000")
                .andExpect(content().string(containsString("计算结果超出日历覆盖的")));
        PlanFixtures.edit(mvc, dispatch, id, "/rows/B/duration", "duration", "100")
                .andExpect(content().string(not(containsString("plan-out-of-range"))))
                .andExpect(content().string(not(containsString("id=\"plan-error\""))));
    }

    /** Two unlinked tasks of 10,000 working days (about 40 years) each, from 2027 to a target at the end of 2100. */
    private long twoLongTasks() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2100-12-31");
        PlanFixtures.edit(mvc, dispatch, id, "/rows", "key", "A", "name", "场地", "kind", "TASK", "duration", "10000")
                .andExpect(content().string(containsString("id=\"row-A\"")));
        PlanFixtures.edit(mvc, dispatch, id, "/rows", "key", "B", "name", "桩基", "kind", "TASK", "duration", "10000")
                .andExpect(content().string(containsString("id=\"row-B\"")))
                .andExpect(content().string(not(containsString("plan-out-of-range"))));
        return id;
    }

    @Test
    void aProjectStartingInYearOneIsRefusedBesideTheField() throws Exception {
        String body = """
                {"name": "%s", "enterpriseId": %d, "level": "DISTRICT", "stage": "PRE_CONSTRUCTION",
                 "totalInvestment": 5000, "start": "0001-01-01", "targetFinish": "2028-01-01"}""".formatted(TestCodes.unique("日期测试项目"), enterpriseId);
        mvc.perform(post("/api/v1/projects")
                        .session(dispatch)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("start")))
                .andExpect(content().string(containsString("日期须在2000年至2100年之间")));
    }
}
