package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.calendar.DayException;
import cn.zhuanban.calendar.HolidayCnJson;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectLighting;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.StatusLight;
import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
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
 * Following a plan through the web layer: monthly targets (met, missed, caught up, and the light they set),
 * baselines with variance in working days, the plan's calendar, and the daily job that re-judges lights as today
 * moves on.
 */
@IntegrationTest
class PlanTrackingTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    @Autowired
    ProjectReads projects;

    @Autowired
    ProjectLighting lighting;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanLightJob job;

    @Autowired
    CalendarManagement calendar;

    MockHttpSession dispatch;
    long enterpriseId;

    @BeforeEach
    void login() throws Exception {
        dispatch = WebTestSupport.login(mvc, "dispatch");
        enterpriseId = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
    }

    @Test
    void aMissedMonthlyTargetTurnsTheProjectRedAndCatchingUpLeavesItYellow() throws Exception {
        YearMonth lastMonth = YearMonth.from(TODAY).minusMonths(1);
        long id = PlanFixtures.project(
                mvc,
                dispatch,
                enterpriseId,
                lastMonth.minusMonths(1).atDay(1).toString(),
                TODAY.plusDays(400).toString());
        edit(id, "/rows", "key", "A", "name", "场地平整", "kind", "TASK", "duration", "3");
        edit(id, "/rows", "key", "B", "name", "主体施工", "kind", "TASK", "duration", "5");
        assertThat(projects.summary(id).orElseThrow().statusLight()).isNotEqualTo(StatusLight.RED);

        target(id, lastMonth.toString(), "A", "120.5").andExpect(status().is3xxRedirection());
        assertThat(projects.summary(id).orElseThrow().statusLight()).isEqualTo(StatusLight.RED);
        mvc.perform(get("/projects/" + id + "/plan/targets").session(dispatch))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("未完成")))
                .andExpect(content().string(containsString("120.5")));
        AuditTrail.awaitRecord(jdbc, "plan.target-saved", Long.toString(id), null);

        mvc.perform(multipart("/projects/" + id + "/plan/rows/A/progress")
                        .param("percentComplete", "100")
                        .param("actualStart", lastMonth.atDay(1).toString())
                        .param("actualFinish", TODAY.toString())
                        .session(dispatch)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(projects.summary(id).orElseThrow().statusLight()).isEqualTo(StatusLight.YELLOW);
        mvc.perform(get("/projects/" + id + "/plan").session(dispatch))
                .andExpect(content().string(containsString("target-" + lastMonth)))
                .andExpect(content().string(containsString("已补齐")));
    }

    @Test
    void aTargetNamingAnUnknownRowIsRefusedBesideTheField() throws Exception {
        long id = PlanFixtures.project(
                mvc,
                dispatch,
                enterpriseId,
                TODAY.plusDays(10).toString(),
                TODAY.plusDays(400).toString());
        edit(id, "/rows", "key", "A", "name", "场地平整", "kind", "TASK", "duration", "3");
        target(id, YearMonth.from(TODAY).plusMonths(1).toString(), "A, ZZ", "10")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("计划中没有可排期的任务“ZZ”")));
        target(id, YearMonth.from(TODAY).plusMonths(1).toString(), "A", "-1")
                .andExpect(content().string(containsString("计划投资须为不小于0的金额")));
        MockHttpSession enterprise = WebTestSupport.login(mvc, "enterprise");
        target(id, enterprise, YearMonth.from(TODAY).toString(), "A", "1").andExpect(status().isForbidden());
    }

    @Test
    void aSavedBaselineShowsTheVarianceInWorkingDaysAfterTheDurationChanges() throws Exception {
        long id = PlanFixtures.project(
                mvc,
                dispatch,
                enterpriseId,
                TODAY.plusDays(10).toString(),
                TODAY.plusDays(400).toString());
        edit(id, "/rows", "key", "A", "name", "土建", "kind", "TASK", "duration", "20");
        edit(id, "/rows", "key", "B", "name", "安装", "kind", "TASK", "duration", "5");
        edit(id, "/rows/B/predecessors", "predecessors", "A");
        mvc.perform(post("/projects/" + id + "/plan/baselines")
                        .param("name", "批复计划")
                        .session(dispatch)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        edit(id, "/rows/A/duration", "duration", "25")
                .andExpect(content().string(containsString("plan-baseline-shown")))
                .andExpect(content().string(containsString("0 / 5"))) // A: same start, finishes 5 working days later
                .andExpect(content().string(containsString("5 / 5"))); // B: both moved
        mvc.perform(get("/projects/" + id + "/plan").session(dispatch))
                .andExpect(content().string(containsString("批复计划")));
        AuditTrail.awaitRecord(jdbc, "plan.baseline-saved", Long.toString(id), null);
    }

    @Test
    void aBaselineOutsideTheScopeIsNotFoundWhileABadNameComesBackAsAMessage() throws Exception {
        long id = PlanFixtures.project(
                mvc,
                dispatch,
                enterpriseId,
                TODAY.plusDays(10).toString(),
                TODAY.plusDays(400).toString());
        edit(id, "/rows", "key", "A", "name", "土建", "kind", "TASK", "duration", "20");

        mvc.perform(post("/projects/" + id + "/plan/baselines")
                        .param("name", "越权基线")
                        .session(WebTestSupport.login(mvc, "lead2"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/projects/" + id + "/plan/baselines")
                        .param("name", " ")
                        .session(dispatch)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("error"));
        mvc.perform(get("/projects/" + id + "/plan").session(dispatch))
                .andExpect(content().string(not(containsString("越权基线"))));
    }

    @Test
    void aPlanEditIsAuditedWithTheValueBeforeAndAfter() throws Exception {
        long id = planStartingInTenDays();
        String project = Long.toString(id);
        String target = TODAY.plusDays(200).toString();
        edit(id, "/rows", "key", "A", "name", "土建", "kind", "TASK", "duration", "20");
        edit(id, "/rows", "key", "B", "name", "安装", "kind", "TASK", "duration", "5");
        edit(id, "/rows/B/predecessors", "predecessors", "A");
        edit(id, "/rows/A/duration", "duration", "25");
        edit(id, "/rows/B/predecessors", "predecessors", "");
        edit(id, "/rows/B/target", "targetDate", target);

        AuditTrail.awaitRecord(jdbc, "plan.duration-changed", project, "A duration: 20 → 25");
        AuditTrail.awaitRecord(jdbc, "plan.links-changed", project, "B predecessors: — → A");
        AuditTrail.awaitRecord(jdbc, "plan.links-changed", project, "B predecessors: A → —");
        AuditTrail.awaitRecord(jdbc, "plan.target-changed", project, "B target: — → " + target);
    }

    @Test
    void aMonthlyTargetIsAuditedWithTheValueBeforeAndAfterAndNeverWritesNull() throws Exception {
        long id = planStartingInTenDays();
        String project = Long.toString(id);
        String month = YearMonth.from(TODAY).plusMonths(2).toString();
        edit(id, "/rows", "key", "A", "name", "场地平整", "kind", "TASK", "duration", "3");
        edit(id, "/rows", "key", "B", "name", "主体施工", "kind", "TASK", "duration", "5");

        target(id, month, "A", "120.5").andExpect(status().is3xxRedirection());
        target(id, month, "A, B", "").andExpect(status().is3xxRedirection());

        AuditTrail.awaitRecord(
                jdbc, "plan.target-saved", project, month + " keys: — → A; plannedInvestment: — → 120.5");
        AuditTrail.awaitRecord(
                jdbc, "plan.target-saved", project, month + " keys: A → A,B; plannedInvestment: 120.5 → —");
        assertThat(summaries(id, "plan.target-saved")).noneMatch(s -> s.contains("null"));
    }

    @Test
    void aMonthsTargetShowsTheAnnualInvestmentPlansFigureUnlessOneWasTypedForIt() throws Exception {
        long id = planStartingInTenDays();
        edit(id, "/rows", "key", "A", "name", "场地平整", "kind", "TASK", "duration", "3");
        YearMonth planned = YearMonth.from(TODAY.plusDays(10));
        YearMonth typed = planned.plusMonths(1);
        for (int year : new java.util.TreeSet<>(List.of(planned.getYear(), typed.getYear()))) {
            var plan = post("/investment-reports/projects/" + id + "/plan")
                    .param("year", Integer.toString(year))
                    .session(dispatch)
                    .with(csrf());
            for (int m = 1; m <= 12; m++) {
                YearMonth month = YearMonth.of(year, m);
                plan.param(
                        "months[" + (m - 1) + "]",
                        month.equals(planned) ? "6642.86" : month.equals(typed) ? "700" : "");
            }
            mvc.perform(plan).andExpect(status().is3xxRedirection());
        }
        target(id, typed.toString(), "A", "555.5").andExpect(status().is3xxRedirection());

        String page = mvc.perform(get("/projects/" + id + "/plan/targets").session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String plannedRow = page.substring(page.indexOf("id=\"target-" + planned + "\""));
        assertThat(plannedRow.substring(0, plannedRow.indexOf("</tr>")))
                .contains("6642.86")
                .contains("取自年度投资计划");
        String typedRow = page.substring(page.indexOf("id=\"target-" + typed + "\""));
        assertThat(typedRow.substring(0, typedRow.indexOf("</tr>")))
                .contains("555.5")
                .doesNotContain("取自年度投资计划");

        String name = projects.summary(id).orElseThrow().name();
        byte[] wall = mvc.perform(get("/battle-map/export")
                        .param("from", planned.toString())
                        .param("q", name)
                        .session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(wall))) {
            var row = book.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(name);
            assertThat(row.getCell(3).getStringCellValue()).contains("计划投资6642.86万元");
            assertThat(row.getCell(4).getStringCellValue()).contains("计划投资555.5");
        }
    }

    @Test
    void aCalendarDayIsAuditedWithWhatTheDayWasBefore() throws Exception {
        long id = planStartingInTenDays();
        String project = Long.toString(id);
        String day = TODAY.plusDays(30).toString();
        edit(id, "/rows", "key", "A", "name", "土建", "kind", "TASK", "duration", "20");

        edit(id, "/calendar-days", "date", day, "working", "false", "name", "设备检修");
        edit(id, "/calendar-days", "date", day, "working", "true");
        edit(id, "/calendar-days/" + day + "/delete");

        AuditTrail.awaitRecord(jdbc, "plan.calendar-day-set", project, day + " working: — → false; name: — → 设备检修");
        AuditTrail.awaitRecord(jdbc, "plan.calendar-day-set", project, day + " working: false → true; name: 设备检修 → —");
        AuditTrail.awaitRecord(jdbc, "plan.calendar-day-removed", project, day + " working: true → —");
    }

    List<String> summaries(long projectId, String action) {
        return jdbc.sql("select summary from audit_record where action = :action and entity_id = :id")
                .param("action", action)
                .param("id", Long.toString(projectId))
                .query(String.class)
                .list();
    }

    @Test
    void theSevenDayConstructionWeekFinishesSoonerThanTheFiveDayWeek() throws Exception {
        long id = PlanFixtures.project(
                mvc,
                dispatch,
                enterpriseId,
                TODAY.plusDays(10).toString(),
                TODAY.plusDays(400).toString());
        edit(id, "/rows", "key", "A", "name", "土建", "kind", "TASK", "duration", "20");
        LocalDate fiveDays = LocalDate.parse(finishOf(id, "A"));
        edit(id, "/calendar", "sevenDayWeek", "true")
                .andExpect(content().string(containsString("value=\"true\" selected")));
        assertThat(LocalDate.parse(finishOf(id, "A"))).isBefore(fiveDays);
        edit(id, "/calendar", "sevenDayWeek", "false");
        assertThat(LocalDate.parse(finishOf(id, "A"))).isEqualTo(fiveDays);
        AuditTrail.awaitRecord(jdbc, "plan.calendar-changed", Long.toString(id), "calendar: 5-day week → 7-day week");
    }

    @Test
    void theDailyJobRejudgesOnlyPlansWhoseLightCanHaveChanged() throws Exception {
        long due = latePlan();
        long notDue = latePlan();
        lighting.setLight(due, StatusLight.GREEN, null); // as if judged before the milestone's date passed
        lighting.setLight(notDue, StatusLight.GREEN, null);
        reviewOn(due, TODAY);
        reviewOn(notDue, TODAY.plusDays(3));

        job.refreshDue();

        assertThat(projects.summary(due).orElseThrow().statusLight()).isEqualTo(StatusLight.RED);
        assertThat(projects.summary(notDue).orElseThrow().statusLight()).isEqualTo(StatusLight.GREEN);
        assertThat(jdbc.sql("select due_on from plan_light_review where project_id = :p")
                        .param("p", due)
                        .query(LocalDate.class)
                        .single())
                .isAfter(TODAY);
    }

    @Test
    void aCalendarChangeRejudgesThePlansLightsAtOnceNotOnlyAtNight() throws Exception {
        // a plan that no longer schedules (an actual start after its data date, as bad data could have it) comes
        // first and is passed over; the others are re-judged all the same
        long broken = latePlan();
        jdbc.sql("update project_plan set data_date = :d where project_id = :p")
                .param("d", TODAY.minusDays(1))
                .param("p", broken)
                .update();
        jdbc.sql("update plan_task set actual_start = :d where task_key = 'A' and project_plan ="
                        + " (select id from project_plan where project_id = :p)")
                .param("d", TODAY.plusDays(30))
                .param("p", broken)
                .update();
        reviewOn(broken, TODAY.plusDays(30));
        long id = latePlan();
        lighting.setLight(id, StatusLight.GREEN, null); // as if judged on a calendar that has since changed
        reviewOn(id, TODAY.plusDays(30));

        calendar.importYear(
                new HolidayCnJson.Year(2098, List.of(new DayException(LocalDate.of(2098, 3, 4), false, "测试"))));
        try {
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(
                            () -> assertThat(projects.summary(id).orElseThrow().statusLight())
                                    .isEqualTo(StatusLight.RED));
        } finally {
            calendar.importYear(new HolidayCnJson.Year(2098, List.of()));
            // The re-judging this last change starts runs in the background: let it end before other tests set lights.
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> jdbc.sql("select count(*) from event_publication where listener_id = :id"
                                            + " and completion_date is null")
                                    .param("id", CalendarLightRefresh.ID)
                                    .query(Long.class)
                                    .single()
                            == 0);
        }
    }

    long latePlan() throws Exception {
        long id = PlanFixtures.latePlan(mvc, dispatch, enterpriseId, TODAY);
        return id;
    }

    void reviewOn(long projectId, LocalDate day) {
        jdbc.sql("update plan_light_review set due_on = :d where project_id = :p")
                .param("d", day)
                .param("p", projectId)
                .update();
    }

    String finishOf(long id, String key) throws Exception {
        String body = mvc.perform(get("/api/v1/projects/" + id + "/plan").session(dispatch))
                .andReturn()
                .getResponse()
                .getContentAsString();
        net.minidev.json.JSONArray values = JsonPath.read(body, "$.tasks[?(@.key == '" + key + "')].earlyFinish");
        return values.get(0).toString();
    }

    ResultActions target(long id, String month, String keys, String investment) throws Exception {
        return target(id, dispatch, month, keys, investment);
    }

    ResultActions target(long id, MockHttpSession session, String month, String keys, String investment)
            throws Exception {
        return mvc.perform(post("/projects/" + id + "/plan/targets")
                .param("month", month)
                .param("keys", keys)
                .param("plannedInvestment", investment)
                .session(session)
                .with(csrf()));
    }

    ResultActions edit(long id, String path, String... params) throws Exception {
        return PlanFixtures.edit(mvc, dispatch, id, path, params);
    }

    /** A project whose plan starts in ten days and must finish in 400: the audit tests' plans. */
    private long planStartingInTenDays() throws Exception {
        return PlanFixtures.project(
                mvc,
                dispatch,
                enterpriseId,
                TODAY.plusDays(10).toString(),
                TODAY.plusDays(400).toString());
    }
}
