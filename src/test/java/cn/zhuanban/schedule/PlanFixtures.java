package cn.zhuanban.schedule;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.TestCodes;
import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Creates projects of its own for plan tests, through the project API as the dispatch office. */
public final class PlanFixtures {

    private PlanFixtures() {}

    public static long project(MockMvc mvc, MockHttpSession dispatch, long enterpriseId, String start, String target)
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

    /**
     * Posts one change to the plan table as the dispatch office; the change must be answered with the sheet. Unless the
     * caller gives a {@code version}, the plan's current one is sent, as the page sends the one it shows.
     */
    public static ResultActions edit(MockMvc mvc, MockHttpSession dispatch, long id, String path, String... params)
            throws Exception {
        var request = post("/projects/" + id + "/plan" + path).session(dispatch).with(csrf());
        boolean versioned = false;
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
            versioned |= params[i].equals("version");
        }
        if (!versioned) {
            request.param("version", version(mvc, dispatch, id));
        }
        return mvc.perform(request).andExpect(status().isOk());
    }

    /**
     * The plan's version as the plan page's hidden field {@code #plan-version} holds it, which the page sends with
     * every edit: empty for a plan not stored yet.
     */
    public static String version(MockMvc mvc, MockHttpSession session, long id) throws Exception {
        String page = mvc.perform(get("/projects/" + id + "/plan").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher field = VERSION_FIELD.matcher(page);
        if (!field.find()) {
            throw new AssertionError("no #plan-version on the plan page of project " + id);
        }
        Matcher value = VALUE.matcher(field.group());
        return value.find() ? value.group(1) : "";
    }

    private static final Pattern VERSION_FIELD = Pattern.compile("<input[^>]*id=\"plan-version\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    /**
     * A project whose start milestone was due 20 days ago and is not reached: its light is red. A three-day
     * approval task precedes it.
     */
    static long latePlan(MockMvc mvc, MockHttpSession dispatch, long enterpriseId, LocalDate today) throws Exception {
        long id = project(
                mvc,
                dispatch,
                enterpriseId,
                today.minusDays(60).toString(),
                today.plusDays(300).toString());
        edit(mvc, dispatch, id, "/rows", "key", "A", "name", "审批", "kind", "TASK", "duration", "3");
        edit(
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
                today.minusDays(20).toString());
        edit(mvc, dispatch, id, "/rows/M/predecessors", "predecessors", "A");
        return id;
    }

    /** A project with the industrial template's plan, from {@code start} to {@code target}. */
    static long templated(MockMvc mvc, MockHttpSession dispatch, long enterpriseId, String start, String target)
            throws Exception {
        long id = project(mvc, dispatch, enterpriseId, start, target);
        mvc.perform(post("/projects/" + id + "/plan/template")
                        .session(dispatch)
                        .with(csrf())
                        .param("version", version(mvc, dispatch, id))
                        .param("template", "industrial"))
                .andExpect(status().isOk());
        return id;
    }

    /** The industrial template plus {@code extra} tasks: more rows than one A3 page holds. */
    static long longPlan(MockMvc mvc, MockHttpSession session, long enterpriseId, int extra) throws Exception {
        long id = project(mvc, session, enterpriseId, "2027-03-01", "2028-06-30");
        mvc.perform(post("/projects/" + id + "/plan/template")
                        .session(session)
                        .with(csrf())
                        .param("version", version(mvc, session, id))
                        .param("template", "industrial"))
                .andExpect(status().isOk());
        for (int i = 1; i <= extra; i++) {
            mvc.perform(post("/projects/" + id + "/plan/rows")
                            .session(session)
                            .with(csrf())
                            .param("version", version(mvc, session, id))
                            .param("key", "X" + i)
                            .param("name", "附加工作" + i)
                            .param("kind", "TASK")
                            .param("parentKey", "S2")
                            .param("duration", Integer.toString(1 + i % 7)))
                    .andExpect(status().isOk());
        }
        return id;
    }
}
