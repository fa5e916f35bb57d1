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
