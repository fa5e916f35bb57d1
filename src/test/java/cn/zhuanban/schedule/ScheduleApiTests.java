package cn.zhuanban.schedule;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** {@code POST /api/v1/schedule} per the API contract, on the shipped 2026 holidays. */
@IntegrationTest
class ScheduleApiTests {

    @Autowired
    MockMvc mvc;

    MockHttpSession session;

    @BeforeEach
    void login() throws Exception {
        session = WebTestSupport.login(mvc, "dispatch");
    }

    @Test
    void schedulesAcrossNationalDayAndReportsLateDatesFloatAndCriticalPath() throws Exception {
        String body = """
                { "start": "2026-09-28", "targetFinish": "2026-10-16", "dataDate": null, "calendar": "default",
                  "tasks": [ { "key": "A", "name": "审批", "duration": 3 },
                             { "key": "B", "name": "施工", "duration": 2 },
                             { "key": "C", "name": "备案", "duration": 1 } ],
                  "links": [ { "from": "A", "to": "B", "type": "FS", "lag": 0 },
                             { "from": "A", "to": "C", "type": "FS", "lag": 0 } ] }""";
        schedule(body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tasks[0].key").value("A"))
                .andExpect(jsonPath("$.tasks[0].earlyStart").value("2026-09-28"))
                .andExpect(jsonPath("$.tasks[0].earlyFinish").value("2026-09-30"))
                .andExpect(jsonPath("$.tasks[1].earlyStart").value("2026-10-08"))
                .andExpect(jsonPath("$.tasks[1].earlyFinish").value("2026-10-09"))
                .andExpect(jsonPath("$.tasks[1].lateFinish").value("2026-10-16"))
                .andExpect(jsonPath("$.tasks[1].totalFloat").value(6)) // 10-10 is a make-up Saturday
                .andExpect(jsonPath("$.finish").value("2026-10-09"))
                .andExpect(jsonPath("$.feasible").value(true))
                .andExpect(jsonPath("$.criticalPath").isEmpty());
    }

    @Test
    void aTargetTooEarlyIsInfeasibleWithNegativeFloatOnTheCriticalPath() throws Exception {
        String body = """
                { "start": "2026-03-02", "targetFinish": "2026-03-04",
                  "tasks": [ { "key": "A", "duration": 3 }, { "key": "B", "duration": 2,
                               "constraint": { "type": "FNLT", "date": "2026-03-05" } } ],
                  "links": [ { "from": "A", "to": "B" } ] }""";
        schedule(body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.feasible").value(false))
                .andExpect(jsonPath("$.tasks[1].totalFloat").value(-2))
                .andExpect(jsonPath("$.tasks[1].critical").value(true))
                .andExpect(jsonPath("$.tasks[1].light").value("RED"))
                .andExpect(jsonPath("$.criticalPath[0]").value("A"))
                .andExpect(jsonPath("$.criticalPath[1]").value("B"));
    }

    @Test
    void aCycleIsUnprocessableAndNamesItsTasks() throws Exception {
        String body = """
                { "start": "2026-03-02",
                  "tasks": [ { "key": "A", "duration": 1 }, { "key": "B", "duration": 1 }, { "key": "C", "duration": 1 } ],
                  "links": [ { "from": "A", "to": "B", "type": "FS", "lag": 0 },
                             { "from": "B", "to": "C", "type": "SS", "lag": 0 },
                             { "from": "C", "to": "A", "type": "FS", "lag": 0 } ] }""";
        schedule(body)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("schedule.cycle"))
                .andExpect(jsonPath("$.detail", containsString("A → B → C → A")));
    }

    @Test
    void anUnknownKeyIsABadRequestNamingTheField() throws Exception {
        String body = """
                { "start": "2026-03-02", "tasks": [ { "key": "A", "duration": 1 } ],
                  "links": [ { "from": "A", "to": "X", "type": "FS", "lag": 0 } ] }""";
        schedule(body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("links[0].to"))
                .andExpect(jsonPath("$.detail", containsString("links[0].to")));
    }

    @Test
    void aNegativeDurationIsABadRequestNamingTheField() throws Exception {
        schedule("""
                { "start": "2026-03-02", "tasks": [ { "key": "A", "duration": -1 } ] }""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("tasks[0].duration"));
    }

    @Test
    void anUnknownLinkTypeIsABadRequestNamingTheField() throws Exception {
        schedule("""
                { "start": "2026-03-02", "tasks": [ { "key": "A", "duration": 1 }, { "key": "B", "duration": 1 } ],
                  "links": [ { "from": "A", "to": "B", "type": "XX" } ] }""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("links[0].type"));
    }

    /** Body enums are exact-case (README, API notes): a lower-case link or constraint type was taken as its upper case. */
    @Test
    void aLinkOrConstraintTypeSpeltInAnotherCaseIsABadRequestNamingTheField() throws Exception {
        schedule("""
                { "start": "2026-03-02", "tasks": [ { "key": "A", "duration": 1 }, { "key": "B", "duration": 1 } ],
                  "links": [ { "from": "A", "to": "B", "type": "fs" } ] }""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("links[0].type"));
        schedule("""
                { "start": "2026-03-02", "tasks": [ { "key": "A", "duration": 1,
                    "constraint": { "type": "fnlt", "date": "2026-06-30" } } ] }""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("tasks[0].constraint.type"));
        schedule("""
                { "start": "2026-03-02", "tasks": [ { "key": "A", "duration": 1 }, { "key": "B", "duration": 1 } ],
                  "links": [ { "from": "A", "to": "B", "type": "FS" } ] }""").andExpect(status().isOk());
    }

    @Test
    void aDateOutsideTheCalendarsRangeIsABadRequestNamingTheField() throws Exception {
        schedule("""
                { "start": "2026-03-02", "targetFinish": "9999-12-31", "tasks": [ { "key": "A", "duration": 1 } ] }""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("targetFinish"));
        schedule("""
                { "start": "2026-03-02",
                  "tasks": [ { "key": "A", "duration": 1, "constraint": { "type": "SNET", "date": "0001-01-01" } } ] }""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("tasks[0].constraint.date"));
    }

    @Test
    void anUnknownCalendarIsABadRequest() throws Exception {
        schedule("""
                { "start": "2026-03-02", "calendar": "lunar", "tasks": [] }""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("calendar"));
    }

    /**
     * The engine's refusals read in Chinese like every other API error, still naming the field and keeping the code:
     * they came through half English ("计划数据有误：tasks[0].duration: must be between 0 and 100000 working days").
     */
    @Test
    void badInputIsExplainedInChineseNamingTheFieldWithTheCodeUnchanged() throws Exception {
        refused("""
                { "start": "2026-03-02", "tasks": [ { "key": "A", "duration": 2000000000 } ] }""", "tasks[0].duration", "计划数据有误：tasks[0].duration 须在 0 至 10000 个工作日之间，实为 2000000000");
        refused("""
                { "start": "2026-03-02", "tasks": [ { "key": "A", "duration": 1 }, { "key": "A", "duration": 1 } ] }""", "tasks[1].key", "计划数据有误：tasks[1].key：任务编号“A”重复");
        refused("""
                { "start": "2026-03-02", "tasks": [ { "duration": 1 } ] }""", "tasks[0].key", "计划数据有误：tasks[0].key：每个任务都须有编号");
        refused("""
                { "start": "2026-03-02", "calendar": "nope", "tasks": [] }""", "calendar", "计划数据有误：calendar：未知的日历“nope”（可选 default、construction 或 construction7）");
        refused("""
                { "start": "2026-03-02",
                  "tasks": [ { "key": "A", "duration": 1, "constraint": { "type": "XXX", "date": "2026-03-05" } } ] }""", "tasks[0].constraint.type", "计划数据有误：tasks[0].constraint.type：未知的限制类型“XXX”（可选 SNET、FNLT 或 MFO）");
        refused("""
                { "start": "2026-03-02", "tasks": [ { "key": "A" } ] }""", "tasks[0].duration", "计划数据有误：tasks[0].duration 为必填项");
        refused("""
                { "start": "2026-03-02", "dataDate": "2026-06-01",
                  "tasks": [ { "key": "A", "duration": 1, "percentComplete": 120 } ] }""", "tasks[0].percentComplete", "计划数据有误：tasks[0].percentComplete 须在 0 至 100 之间");
        refused("""
                { "start": "2026-03-02", "dataDate": "2026-06-01",
                  "tasks": [ { "key": "A", "duration": 1, "actualStart": "2026-05-01", "actualFinish": "2026-04-01" } ] }""", "tasks[0].actualFinish", "计划数据有误：tasks[0].actualFinish 早于实际开始日期 2026-05-01");
        refused("""
                { "start": "2026-03-02", "targetFinish": "9999-12-31", "tasks": [] }""", "targetFinish", "计划数据有误：targetFinish 须在 2000-01-01 至 2100-12-31 之间，实为 9999-12-31");
    }

    /**
     * A schedule that would leave the calendars' range is refused rather than answered with dates the API refuses as
     * input (a late start in 1949, a finish in 2102): beyond 2000–2100 no holiday is counted.
     */
    @Test
    void aScheduleLeavingTheCalendarsRangeIsUnprocessableNamingTheTask() throws Exception {
        schedule("""
                { "start": "2026-03-02",
                  "tasks": [ { "key": "A", "duration": 10000 }, { "key": "B", "duration": 10000 } ],
                  "links": [ { "from": "A", "to": "B" } ] }""")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("schedule.out-of-range"))
                .andExpect(jsonPath("$.field").value("tasks[1]"))
                .andExpect(jsonPath("$.detail", containsString("计算结果超出日历覆盖的 2000-01-01 至 2100-12-31：任务“B”将排到 21")));
        schedule("""
                { "start": "2026-03-02",
                  "tasks": [ { "key": "A", "duration": 10000,
                               "constraint": { "type": "FNLT", "date": "2026-12-31" } } ] }""")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("tasks[0]"))
                .andExpect(jsonPath("$.detail", containsString("任务“A”将排到 19")));
    }

    private void refused(String body, String field, String detail) throws Exception {
        schedule(body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("schedule.input"))
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.detail").value(detail));
    }

    private ResultActions schedule(String body) throws Exception {
        return mvc.perform(post("/api/v1/schedule")
                .session(session)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
