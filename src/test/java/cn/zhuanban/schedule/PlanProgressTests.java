package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.StatusLight;
import cn.zhuanban.shared.BusinessException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Progress reports through the web layer: the enterprise contact and the task force report percent, actual dates,
 * a note and site photos; every report is kept, the plan is rescheduled and the light follows; bad reports are
 * refused with a message beside the field; people outside the project see nothing.
 */
@IntegrationTest
class PlanProgressTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    @Autowired
    ProjectReads projects;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanProgress progress;

    MockHttpSession dispatch;
    MockHttpSession enterprise;
    long enterpriseId;

    @BeforeEach
    void login() throws Exception {
        dispatch = WebTestSupport.login(mvc, "dispatch");
        enterprise = WebTestSupport.login(mvc, "enterprise");
        enterpriseId = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
    }

    @Test
    void theEnterpriseContactReportsProgressWithAPhotoAndThePlanIsRescheduledAndKeepsHistory() throws Exception {
        long id = twoTaskPlan(TODAY.minusDays(30), TODAY.plusDays(200), 20);
        String bBefore = json(id, "$.tasks[?(@.key == 'B')].earlyStart");

        mvc.perform(multipart("/projects/" + id + "/plan/rows/A/progress")
                        .file(new MockMultipartFile("photos", "site.png", "image/png", PNG))
                        .param("percentComplete", "25")
                        .param("actualStart", TODAY.minusDays(20).toString())
                        .param("note", "基础开挖完成")
                        .param("photosPlace", "一号厂房东侧")
                        .session(enterprise)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/projects/" + id + "/plan/rows/A/progress"));

        String page = mvc.perform(
                        get("/projects/" + id + "/plan/rows/A/progress").session(enterprise))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("基础开挖完成")))
                .andExpect(content().string(containsString("一号厂房东侧")))
                .andExpect(content().string(containsString("25%")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String photoUrl = page.replaceAll("(?s).*?(/projects/" + id + "/plan/photos/\\d+).*", "$1");
        mvc.perform(get(photoUrl).session(dispatch))
                .andExpect(status().isOk())
                .andExpect(content().bytes(PNG));
        mvc.perform(get("/projects/" + id + "/plan").session(dispatch))
                .andExpect(content().string(containsString("基础开挖完成")))
                .andExpect(content().string(containsString("progress-A")));

        // 15 of 20 days remain and can only be worked from today on: B moves later than planned
        assertThat(json(id, "$.tasks[?(@.key == 'B')].earlyStart")).isGreaterThan(bBefore);
        mvc.perform(get("/api/v1/projects/" + id + "/plan").session(dispatch))
                .andExpect(jsonPath("$.tasks[?(@.key == 'A')].earlyStart")
                        .value(TODAY.minusDays(20).toString()));

        report(
                        id,
                        "A",
                        enterprise,
                        "percentComplete",
                        "100",
                        "actualStart",
                        TODAY.minusDays(20).toString(),
                        "actualFinish",
                        TODAY.minusDays(1).toString())
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from plan_progress where project_id = :p and task_key = 'A'")
                        .param("p", id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        // the record names what was reported, by field, and leaves out what was not (no "null%", no "@ null")
        AuditTrail.awaitRecord(
                jdbc,
                "plan.progress-reported",
                Long.toString(id),
                "A: percentComplete=100%, actualStart=" + TODAY.minusDays(20) + ", actualFinish=" + TODAY.minusDays(1));
    }

    @Test
    void badReportsAreRefusedWithAClearMessageAndChangeNothing() throws Exception {
        long id = twoTaskPlan(TODAY.minusDays(30), TODAY.plusDays(200), 20);
        String start = TODAY.minusDays(10).toString();
        report(
                        id,
                        "A",
                        enterprise,
                        "percentComplete",
                        "100",
                        "actualStart",
                        start,
                        "actualFinish",
                        TODAY.minusDays(12).toString())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("实际完成日期不能早于实际开始日期")));
        report(id, "A", enterprise, "percentComplete", "150", "actualStart", start)
                .andExpect(content().string(containsString("完成百分比须在0到100之间")));
        report(
                        id,
                        "A",
                        enterprise,
                        "percentComplete",
                        "10",
                        "actualStart",
                        TODAY.plusDays(1).toString())
                .andExpect(content().string(containsString("实际开始日期不能晚于今天")));
        report(
                        id,
                        "A",
                        enterprise,
                        "percentComplete",
                        "10",
                        "dataDate",
                        TODAY.plusDays(2).toString(),
                        "actualStart",
                        start)
                .andExpect(content().string(containsString("数据日期不能晚于今天")));
        report(id, "A", enterprise, "percentComplete", "40")
                .andExpect(content().string(containsString("已有进度的任务须填写实际开始日期")));
        report(id, "A", enterprise, "percentComplete", "10", "actualStart", "0001-01-01")
                .andExpect(content().string(containsString("日期不能早于2000年1月1日")));
        report(
                        id,
                        "A",
                        enterprise,
                        "percentComplete",
                        "60",
                        "actualStart",
                        start,
                        "actualFinish",
                        TODAY.minusDays(1).toString())
                .andExpect(content().string(containsString("完成百分比须为100")));
        mvc.perform(multipart("/projects/" + id + "/plan/rows/A/progress")
                        .file(new MockMultipartFile("photos", "x.png", "image/png", "%PDF-1.4".getBytes()))
                        .param("percentComplete", "10")
                        .param("actualStart", start)
                        .param("photosTakenOn", TODAY.minusDays(1).toString())
                        .param("photosPlace", "二号厂房西侧")
                        .session(enterprise)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("x.png")))
                // the file that is no image is refused; the day and place typed for it stay in the form
                .andExpect(content().string(containsString("value=\"二号厂房西侧\"")))
                .andExpect(content().string(containsString("value=\"" + TODAY.minusDays(1) + "\"")))
                .andExpect(content().string(containsString("现场照片只接受")));
        // a file of no known type (text renamed a.jpg) gets the same photo-only message, not the general one
        mvc.perform(multipart("/projects/" + id + "/plan/rows/A/progress")
                        .file(new MockMultipartFile("photos", "a.jpg", "image/jpeg", "just text".getBytes()))
                        .param("percentComplete", "10")
                        .param("actualStart", start)
                        .param("photosTakenOn", TODAY.minusDays(1).toString())
                        .param("photosPlace", "二号厂房西侧")
                        .session(enterprise)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("现场照片只接受")))
                .andExpect(content().string(not(containsString("PDF、Word、Excel"))));
        assertThat(jdbc.sql("select count(*) from plan_progress where project_id = :p")
                        .param("p", id)
                        .query(Integer.class)
                        .single())
                .isZero();
        mvc.perform(get("/api/v1/projects/" + id + "/plan").session(dispatch))
                .andExpect(jsonPath("$.dataDate").doesNotExist());
    }

    @Test
    void onlyPeopleInvolvedInTheProjectMayReportOrSeeProgress() throws Exception {
        long id = twoTaskPlan(TODAY.minusDays(30), TODAY.plusDays(200), 20);
        MockHttpSession other = WebTestSupport.login(mvc, "enterprise2");
        mvc.perform(get("/projects/" + id + "/plan/rows/A/progress").session(other))
                .andExpect(status().isNotFound());
        report(
                        id,
                        "A",
                        other,
                        "percentComplete",
                        "10",
                        "actualStart",
                        TODAY.minusDays(3).toString())
                .andExpect(status().isNotFound());
        MockHttpSession handler = WebTestSupport.login(mvc, "handler");
        report(
                        id,
                        "A",
                        handler,
                        "percentComplete",
                        "10",
                        "actualStart",
                        TODAY.minusDays(3).toString())
                .andExpect(status().isForbidden());
        mvc.perform(get("/projects/" + id + "/plan/rows/A/progress").session(enterprise))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("progress-form")));
    }

    @Test
    void reportingALateTaskFinishedTurnsTheProjectLightFromRedToGreen() throws Exception {
        long id = PlanFixtures.latePlan(mvc, dispatch, enterpriseId, TODAY);
        assertThat(projects.summary(id).orElseThrow().statusLight()).isEqualTo(StatusLight.RED);

        report(
                        id,
                        "A",
                        dispatch,
                        "percentComplete",
                        "100",
                        "actualStart",
                        TODAY.minusDays(58).toString(),
                        "actualFinish",
                        TODAY.minusDays(50).toString())
                .andExpect(status().is3xxRedirection());
        report(id, "M", dispatch, "actualFinish", TODAY.minusDays(50).toString())
                .andExpect(status().is3xxRedirection());

        assertThat(projects.summary(id).orElseThrow().statusLight()).isEqualTo(StatusLight.GREEN);
        mvc.perform(get("/projects/" + id + "/plan").session(dispatch))
                .andExpect(content().string(not(containsString("plan-shortfalls"))));
    }

    @Test
    void aReportWithNoPercentageAndNoDatesIsRefusedBesideTheFormKeepingTheNote() throws Exception {
        long id = PlanFixtures.latePlan(mvc, dispatch, enterpriseId, TODAY);
        // a task and a milestone (whose missing percentage was taken as 0 % and stored as an empty report)
        for (String key : new String[] {"A", "M"}) {
            report(id, key, dispatch, "percentComplete", "", "note", "现场已进场")
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("请至少填写完成百分比或实际开始/完成日期")))
                    .andExpect(content().string(containsString("现场已进场")));
        }
        // photos alone are no progress either; they come with the percentage the form shows
        mvc.perform(multipart("/projects/" + id + "/plan/rows/M/progress")
                        .file(new MockMultipartFile("photos", "site.png", "image/png", PNG))
                        .session(dispatch)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请至少填写完成百分比或实际开始/完成日期")));
        assertThat(jdbc.sql("select count(*) from plan_progress where project_id = :p")
                        .param("p", id)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void severalRowsReportedAtOnceAreOneChangeAndABadOneStoresNothing() throws Exception {
        long id = twoTaskPlan(TODAY.minusDays(60), TODAY.plusDays(200), 10);
        CurrentUser user = new ServiceFixtures(null, null, null, directory).user("dispatch");
        LocalDate started = TODAY.minusDays(40);
        Map<String, ProgressReport> bad = new LinkedHashMap<>();
        bad.put("A", new ProgressReport(TODAY, 100, started, TODAY.minusDays(20), null, null, null));
        bad.put("B", new ProgressReport(TODAY, 50, TODAY.plusDays(3), null, null, null, null)); // starts tomorrow+
        assertThatThrownBy(() -> progress.reportAll(id, user, bad)).isInstanceOf(BusinessException.class);
        assertThat(progress.history(id, user, null)).isEmpty();
        assertThat(json(id, "$.tasks[?(@.key == 'A')].earlyStart")).doesNotContain(started.toString());

        Map<String, ProgressReport> good = new LinkedHashMap<>(bad);
        good.put("B", new ProgressReport(TODAY, 50, TODAY.minusDays(19), null, null, null, null));
        PlanSheet sheet = progress.reportAll(id, user, good);
        assertThat(sheet.row("A").actualFinish()).isEqualTo(TODAY.minusDays(20));
        assertThat(sheet.row("B").percentComplete()).isEqualTo(50);
        assertThat(progress.history(id, user, null))
                .extracting(PlanProgress.Entry::taskKey)
                .containsExactlyInAnyOrder("A", "B");
    }

    @Test
    void aReportOutOfSequenceIsSavedWithAWarningAndAFinishedRowsDatesChangeOnlyWhenConfirmed() throws Exception {
        long id = twoTaskPlan(TODAY.minusDays(40), TODAY.plusDays(200), 10);
        report(
                        id,
                        "A",
                        dispatch,
                        "percentComplete",
                        "30",
                        "actualStart",
                        TODAY.minusDays(30).toString())
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("sequenceWarnings", nullValue()));

        // B (after A, finish-to-start) finished while A is at 30 %: sites report so, the report is kept and the page
        // warns
        report(
                        id,
                        "B",
                        dispatch,
                        "percentComplete",
                        "100",
                        "actualStart",
                        TODAY.minusDays(5).toString(),
                        "actualFinish",
                        TODAY.minusDays(2).toString())
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "sequenceWarnings",
                                contains("B 安装 于 " + TODAY.minusDays(5) + " 开始，但其前置任务 A 土建 尚未完成。")));
        // the warning waits in the session for the page the browser is sent to
        mvc.perform(get("/projects/" + id + "/plan/rows/B/progress").session(dispatch))
                .andExpect(content().string(containsString("id=\"sequence-warnings\"")))
                .andExpect(content().string(containsString("但其前置任务 A 土建 尚未完成")));

        String started = TODAY.minusDays(30).toString();
        String finished = TODAY.minusDays(20).toString();
        report(id, "A", dispatch, "percentComplete", "100", "actualStart", started, "actualFinish", finished)
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("sequenceWarnings", nullValue()));
        // a finished row re-reported with other dates: not without the box ticked
        String[] rewritten = {
            "percentComplete",
            "100",
            "actualStart",
            TODAY.minusDays(10).toString(),
            "actualFinish",
            TODAY.minusDays(1).toString()
        };
        report(id, "A", dispatch, rewritten)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A 已报完成（" + started + " 至 " + finished + "）")))
                .andExpect(content().string(containsString("name=\"confirmRewrite\"")));
        assertThat(actualFinish(id, "A")).isEqualTo(TODAY.minusDays(20));
        // the same dates again with a note need no confirmation
        report(
                        id,
                        "A",
                        dispatch,
                        "percentComplete",
                        "100",
                        "actualStart",
                        started,
                        "actualFinish",
                        finished,
                        "note",
                        "验收资料已归档")
                .andExpect(status().is3xxRedirection());

        report(
                        id,
                        "A",
                        dispatch,
                        java.util.stream.Stream.concat(
                                        java.util.Arrays.stream(rewritten),
                                        java.util.stream.Stream.of("confirmRewrite", "true"))
                                .toArray(String[]::new))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "sequenceWarnings",
                                contains("B 安装 于 " + TODAY.minusDays(5) + " 开始，早于其前置任务 A 土建 完成（" + TODAY.minusDays(1)
                                        + "）。")));
        assertThat(actualFinish(id, "A")).isEqualTo(TODAY.minusDays(1));
    }

    LocalDate actualFinish(long id, String key) {
        return jdbc.sql("select t.actual_finish from plan_task t join project_plan p on t.project_plan = p.id"
                        + " where p.project_id = :p and t.task_key = :k")
                .param("p", id)
                .param("k", key)
                .query(LocalDate.class)
                .single();
    }

    long twoTaskPlan(LocalDate start, LocalDate target, int duration) throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, start.toString(), target.toString());
        edit(id, "/rows", "key", "A", "name", "土建", "kind", "TASK", "duration", Integer.toString(duration));
        edit(id, "/rows", "key", "B", "name", "安装", "kind", "TASK", "duration", "5");
        edit(id, "/rows/B/predecessors", "predecessors", "A");
        return id;
    }

    ResultActions report(long id, String key, MockHttpSession session, String... params) throws Exception {
        var request = multipart("/projects/" + id + "/plan/rows/" + key + "/progress")
                .session(session)
                .with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    ResultActions edit(long id, String path, String... params) throws Exception {
        return PlanFixtures.edit(mvc, dispatch, id, path, params);
    }

    String json(long id, String path) throws Exception {
        String body = mvc.perform(get("/api/v1/projects/" + id + "/plan").session(dispatch))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Object value = com.jayway.jsonpath.JsonPath.read(body, path);
        return value.toString();
    }
}
