package cn.zhuanban.schedule;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.zhuanban.TestCodes;
import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Creates projects of its own for plan tests, through the project API as the dispatch office. */
final class PlanFixtures {

    private PlanFixtures() {}

    static long project(MockMvc mvc, MockHttpSession dispatch, long enterpriseId, String start, String target)
            throws Exception {
        String body = """
                {"name": "%s", "projectCode": null, "enterpriseId": %d, "level": "DISTRICT",
                 "stage": "PRE_CONSTRUCTION", "totalInvestment": 5000, "start": "%s", "targetFinish": "%s"}""".formatted(TestCodes.unique("计划测试项目"), enterpriseId, start, target);
        String created = mvc.perform(post("/api/v1/projects")
                        .session(dispatch)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }
}
