package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.StatusLight;
import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Editing a plan in its table through the web layer: every change reschedules and answers the new sheet. */
@IntegrationTest
class PlanEditingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    @Autowired
    ProjectReads projects;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JdbcClient audit;

    MockHttpSession dispatch;
    long enterpriseId;

    @BeforeEach
    void login() throws Exception {
        dispatch = WebTestSupport.login(mvc, "dispatch");
        enterpriseId = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
    }

    @Test
    void theIndustrialTemplateIsReverseScheduledFromTheTargetProductionDate() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2028-06-30");
        edit(id, "/template", "template", "industrial")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("row-A11")))
                .andExpect(content().string(not(containsString("plan-shortfalls"))));
        mvc.perform(get("/api/v1/projects/" + id + "/plan").session(dispatch))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.feasible").value(true))
                .andExpect(jsonPath("$.tasks[?(@.key == 'M3')].lateFinish").value("2028-06-30"))
                .andExpect(jsonPath("$.tasks[?(@.key == 'A01')].earlyStart").value("2027-03-01"));
    }

    /**
     * Audit D3: setting a project to 投产 asks for the actual date and, while the plan has open tasks, a confirmation
     * listing them; once saved, the plan's stage goals passed on the way are reported reached: 竣工 and 投产 that day,
     * 开工 on the project's 开工日期 (the day work started, not the day of production).
     */
    @Test
    void aProjectSetInProductionIsDatedConfirmedAndReachesItsStageGoals() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2025-03-01", "2027-06-30");
        edit(id, "/template", "template", "industrial").andExpect(status().isOk());

        assertThat(stageForm(id).andReturn().getResponse().getContentAsString()).contains("请填写进入新阶段的实际日期");
        assertThat(stageForm(id, "stageOn", "2026-11-20")
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"stage-open-work\"", "推进计划：该阶段目标之前还有", "name=\"confirmOpen\"");
        assertThat(jdbc.queryForObject("select stage from project where id = ?", String.class, id))
                .isEqualTo(ProjectStage.PRE_CONSTRUCTION.name());

        stageForm(id, "stageOn", "2026-11-20", "confirmOpen", "true").andExpect(status().is3xxRedirection());
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.queryForList(
                                "select g.task_key || '=' || g.actual_finish from plan_task g join project_plan pp"
                                        + " on pp.id = g.project_plan where pp.project_id = ? and g.kind = 'MILESTONE'"
                                        + " order by g.row_index",
                                String.class,
                                id))
                        .containsExactly("M1=2025-03-01", "M2=2026-11-20", "M3=2026-11-20"));
    }

    /**
     * The plan is reverse-scheduled from the project's target: a target moved on the project form moves the plan's,
     * latest starts follow, and the plan page links to the project form where the dates are kept.
     */
    @Test
    void aTargetMovedOnTheProjectFormMovesThePlansTargetAndItsLatestDates() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2028-06-30");
        edit(id, "/template", "template", "industrial").andExpect(status().isOk());
        assertThat(mvc.perform(get("/projects/" + id + "/plan").session(dispatch))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"plan-dates-edit\"", "/projects/" + id + "/edit");

        projectForm(id, "PRE_CONSTRUCTION", "2027-03-01", "2028-09-29").andExpect(status().is3xxRedirection());
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> mvc.perform(
                                get("/api/v1/projects/" + id + "/plan").session(dispatch))
                        .andExpect(
                                jsonPath("$.tasks[?(@.key == 'M3')].lateFinish").value("2028-09-29")));
        AuditTrail.awaitRecord(
                audit, "plan.dates-from-project", Long.toString(id), "目标完成 2028-06-30 → 2028-09-29（随项目信息）");
    }

    private ResultActions projectForm(long id, String stage, String start, String target) throws Exception {
        int version = jdbc.queryForObject("select version from project where id = ?", Integer.class, id);
        String name = jdbc.queryForObject("select name from project where id = ?", String.class, id);
        return mvc.perform(post("/projects/" + id)
                .session(dispatch)
                .with(csrf())
                .param("name", name)
                .param("enterpriseId", Long.toString(enterpriseId))
                .param("level", "DISTRICT")
                .param("stage", stage)
                .param("totalInvestment", "5000")
                .param("start", start)
                .param("targetFinish", target)
                .param("leadOfficialId", leadOfficial())
                .param("version", Integer.toString(version)));
    }

    /** The project pages ask for a lead official, which the projects the API registered here have none of. */
    private String leadOfficial() {
        return Long.toString(directory.findByUsername("lead").orElseThrow().id());
    }

    private ResultActions stageForm(long id, String... more) throws Exception {
        int version = jdbc.queryForObject("select version from project where id = ?", Integer.class, id);
        String name = jdbc.queryForObject("select name from project where id = ?", String.class, id);
        var request = post("/projects/" + id)
                .session(dispatch)
                .with(csrf())
                .param("name", name)
                .param("enterpriseId", Long.toString(enterpriseId))
                .param("level", "DISTRICT")
                .param("stage", "IN_PRODUCTION")
                .param("totalInvestment", "5000")
                .param("start", "2025-03-01")
                .param("targetFinish", "2027-06-30")
                .param("leadOfficialId", leadOfficial())
                .param("version", Integer.toString(version));
        for (int i = 0; i < more.length; i += 2) {
            request.param(more[i], more[i + 1]);
        }
        return mvc.perform(request);
    }

    @Test
    void onAPhoneThePlanTableShowsItsEssentialColumnsAndAToggleShowsTheRest() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2028-06-30");
        edit(id, "/template", "template", "industrial").andExpect(status().isOk());
        String page = mvc.perform(get("/projects/" + id + "/plan").session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // the checkbox sits before the sheet, so that an htmx swap of the sheet keeps the choice; no script needed
        assertThat(page)
                .contains("<input type=\"checkbox\" class=\"visually-hidden\" id=\"plan-all-columns\">")
                .containsPattern("<label class=\"btn btn-sm plan-columns-toggle\" for=\"plan-all-columns\"[^>]*>\\s*"
                        + "<span class=\"plan-columns-more\">显示全部列</span><span class=\"plan-columns-less\">收起</span>");
        assertThat(page.indexOf("id=\"plan-all-columns\"")).isLessThan(page.indexOf("id=\"plan-sheet\""));
        String header = page.substring(page.indexOf("<thead>"), page.indexOf("</thead>"));
        // essential: name, duration, latest start, total float, light; every other column is marked
        assertThat(header)
                .contains("<th>名称</th>", "<th>工作日</th>", "<th>最迟开始</th>", "<th>总时差</th>", "<th>状态</th>")
                .contains("<th class=\"plan-col-extra\">编号</th>", "<th class=\"plan-col-extra\">最早开始</th>");
        String row = page.substring(page.indexOf("id=\"row-A02\""), page.indexOf("id=\"row-A03\""));
        assertThat(row.split("<td", -1)).hasSize(16); // 15 cells
        assertThat(row.split("plan-col-extra", -1)).hasSize(11); // 10 of them extra
        edit(id, "/rows/A02/duration", "duration", "25")
                .andExpect(content().string(containsString("for=\"plan-all-columns\"")))
                .andExpect(content().string(not(containsString("id=\"plan-all-columns\""))));
        String css = mvc.perform(get("/css/app.css")).andReturn().getResponse().getContentAsString();
        assertThat(css)
                .contains(
                        "#plan-all-columns:checked ~ #plan-sheet #plan-table .plan-col-extra { display: table-cell; }");
    }

    @Test
    void addIndentLinkAndChangeDurationRescheduleAndAShortPlanSaysByHowMuch() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2027-03-12");
        edit(id, "/rows", "key", "S", "name", "阶段", "kind", "STAGE").andExpect(status().isOk());
        edit(id, "/rows", "key", "A", "name", "审批", "kind", "TASK", "duration", "3")
                .andExpect(status().isOk());
        edit(id, "/rows", "key", "B", "name", "施工", "kind", "TASK", "duration", "2", "parentKey", "S");
        edit(id, "/rows/A/stage", "parentKey", "S").andExpect(status().isOk());
        edit(id, "/rows/B/predecessors", "predecessors", "A")
                .andExpect(content().string(containsString("2027-03-04"))); // B starts after A's three days
        edit(id, "/rows/B/duration", "duration", "10")
                .andExpect(content().string(containsString("plan-shortfalls")))
                .andExpect(content().string(containsString("B 施工")));
        mvc.perform(get("/api/v1/projects/" + id + "/plan").session(dispatch))
                .andExpect(jsonPath("$.feasible").value(false))
                .andExpect(jsonPath("$.shortfalls[?(@.key == 'B')].workingDays").value(3));
        assertThat(projects.summary(id).orElseThrow().statusLight()).isEqualTo(StatusLight.RED);
    }

    @Test
    void aLinkThatMakesACycleIsRefusedAndNothingChanges() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2027-06-30");
        edit(id, "/rows", "key", "A", "name", "甲", "kind", "TASK", "duration", "3");
        edit(id, "/rows", "key", "B", "name", "乙", "kind", "TASK", "duration", "3");
        edit(id, "/rows/B/predecessors", "predecessors", "A");
        edit(id, "/rows/A/predecessors", "predecessors", "B")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("plan-error")))
                .andExpect(content().string(containsString("A 甲 → B 乙 → A 甲")));
        mvc.perform(get("/api/v1/projects/" + id + "/plan").session(dispatch))
                .andExpect(jsonPath("$.tasks[0].earlyStart").value("2027-03-01"))
                .andExpect(jsonPath("$.tasks[1].earlyStart").value("2027-03-04"));
    }

    @Test
    void anEditPostedWithoutTheVersionItWasMadeOnIsRefusedLikeAStaleOneAndChangesNothing() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2027-06-30");
        unversioned(id, "/rows", "key", "A", "name", "审批", "kind", "TASK", "duration", "3")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("数据在您打开页面后已被修改")))
                .andExpect(content().string(not(containsString("row-A"))));
        assertThat(PlanFixtures.version(mvc, dispatch, id)).as("no plan stored").isEmpty();

        edit(id, "/rows", "key", "A", "name", "审批", "kind", "TASK", "duration", "3")
                .andExpect(content().string(containsString("row-A")));
        String version = PlanFixtures.version(mvc, dispatch, id);
        String finish = earlyFinishOf(id, "A");
        unversioned(id, "/rows/A/duration", "duration", "9")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("数据在您打开页面后已被修改")));
        // the page of a plan not stored yet sends an empty version: refused once someone stored one
        unversioned(id, "/rows/A/duration", "version", "", "duration", "9")
                .andExpect(content().string(containsString("数据在您打开页面后已被修改")));
        unversioned(id, "/rows/A/delete").andExpect(content().string(containsString("row-A")));

        assertThat(PlanFixtures.version(mvc, dispatch, id)).isEqualTo(version);
        assertThat(earlyFinishOf(id, "A")).isEqualTo(finish);
    }

    private ResultActions unversioned(long id, String path, String... params) throws Exception {
        var request = post("/projects/" + id + "/plan" + path).session(dispatch).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    private String earlyFinishOf(long id, String key) throws Exception {
        String body = mvc.perform(get("/api/v1/projects/" + id + "/plan").session(dispatch))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> finishes = JsonPath.read(body, "$.tasks[?(@.key == '" + key + "')].earlyFinish");
        return finishes.getFirst();
    }

    @Test
    void aPlanOutsideTheUsersScopeIsNotFound() throws Exception {
        long other = directory.findByUsername("enterprise2").orElseThrow().enterpriseId();
        long foreign = PlanFixtures.project(mvc, dispatch, other, "2027-03-01", "2027-06-30");
        MockHttpSession enterprise = WebTestSupport.login(mvc, "enterprise");
        mvc.perform(get("/api/v1/projects/" + foreign + "/plan").session(enterprise))
                .andExpect(status().isNotFound());
        mvc.perform(get("/projects/" + foreign + "/plan").session(enterprise)).andExpect(status().isNotFound());
        mvc.perform(post("/projects/" + foreign + "/plan/rows")
                        .session(enterprise)
                        .with(csrf())
                        .param("key", "X")
                        .param("name", "X")
                        .param("kind", "TASK"))
                .andExpect(status().isForbidden());
    }

    @Test
    void typedRowsBeyondWhatAPlanKeepsAreRefusedInChineseAndChangeNothing() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2027-06-30");
        edit(id, "/rows", "key", "A", "name", "审批", "kind", "TASK", "duration", "3")
                .andExpect(status().isOk());
        edit(id, "/rows", "key", "K".repeat(41), "name", "过长", "kind", "TASK", "duration", "1")
                .andExpect(content().string(containsString("任务编号须为1到40个字符")));
        edit(id, "/rows/A/duration", "duration", "-1")
                .andExpect(content().string(containsString("工期须在0到10000个工作日之间")))
                .andExpect(content().string(not(containsString("must be between"))));
        for (String typed : new String[] {"99999999999", "三天", ""}) {
            edit(id, "/rows/A/duration", "duration", typed)
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("工期须在0到10000个工作日之间")));
        }
        mvc.perform(get("/api/v1/projects/" + id + "/plan").session(dispatch))
                .andExpect(jsonPath("$.tasks.length()").value(1))
                .andExpect(jsonPath("$.tasks[0].earlyFinish").value("2027-03-03")); // still three days
    }

    /**
     * A refused edit says what is wrong in words: it named only the key ("计划数据有误：A3"), which is all a user saw
     * when someone else had deleted the row meanwhile; and a row of another kind was kept (as a milestone).
     */
    @Test
    void refusedEditsSayWhatIsWrong() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2027-06-30");
        edit(id, "/rows", "key", "S", "name", "阶段", "kind", "STAGE");
        edit(id, "/rows", "key", "A", "name", "审批", "kind", "TASK", "duration", "3");
        edit(id, "/rows/GONE/duration", "duration", "3")
                .andExpect(content().string(containsString("计划中没有编号为 GONE 的行（可能已被删除）")));
        edit(id, "/rows/A/predecessors", "predecessors", "NOPE")
                .andExpect(content().string(containsString("无法识别前置任务“NOPE”")));
        edit(id, "/rows/A/predecessors", "predecessors", "S")
                .andExpect(content().string(containsString("阶段 S 不参与前后置关系")));
        edit(id, "/rows/A/stage", "parentKey", "A").andExpect(content().string(containsString("A 不是计划中的阶段")));
        edit(id, "/template", "template", "nope").andExpect(content().string(containsString("没有名为 nope 的计划模板")));
        edit(id, "/rows", "key", "X", "name", "别的", "kind", "NOPE", "duration", "1")
                .andExpect(content().string(containsString("行的类型须为任务、里程碑或阶段")))
                .andExpect(content().string(not(containsString("row-X"))));
    }

    /**
     * A task's date constraint is chosen in its row (domain.md §4: SNET, FNLT, MFO), not only brought in by an imported
     * file; each change reschedules at once and is audited with the value it replaced.
     */
    @Test
    void aTasksDateConstraintIsChosenInTheTableReschedulesAndIsAudited() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2027-06-30");
        String project = Long.toString(id);
        edit(id, "/rows", "key", "S", "name", "阶段", "kind", "STAGE");
        edit(id, "/rows", "key", "A", "name", "审批", "kind", "TASK", "duration", "3");
        edit(id, "/rows", "key", "B", "name", "施工", "kind", "TASK", "duration", "2");
        edit(id, "/rows/B/predecessors", "predecessors", "A");
        String sheet = edit(id, "/rows/B/constraint", "constraintType", "SNET", "constraintDate", "2027-03-15")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(earlyStartOf(id, "B")).isEqualTo("2027-03-15");
        assertThat(sheet.substring(sheet.indexOf("id=\"constraint-B\"")))
                .contains("<option value=\"SNET\" selected=\"selected\">不早于…开始</option>")
                .contains("value=\"2027-03-15\"");
        // a type chosen without a date takes the date the task is on now: nothing moves until the date is changed
        edit(id, "/rows/A/constraint", "constraintType", "MFO");
        assertThat(earlyFinishOf(id, "A")).isEqualTo("2027-03-03");
        edit(id, "/rows/A/constraint", "constraintType", "MFO", "constraintDate", "2027-03-10");
        assertThat(earlyFinishOf(id, "A")).isEqualTo("2027-03-10");
        edit(id, "/rows/B/constraint", "constraintType", "FNLT", "constraintDate", "2027-03-11")
                .andExpect(content().string(containsString("plan-shortfalls")));
        edit(id, "/rows/B/constraint", "constraintType", "", "constraintDate", "2027-03-11");
        assertThat(earlyStartOf(id, "B")).isEqualTo("2027-03-11");
        edit(id, "/rows/S/constraint", "constraintType", "SNET", "constraintDate", "2027-03-12")
                .andExpect(content().string(containsString("S 是阶段，阶段本身没有限制条件")));
        edit(id, "/rows/A/constraint", "constraintType", "ALAP")
                .andExpect(content().string(containsString("无法识别的限制类型“ALAP”")));

        AuditTrail.awaitRecord(audit, "plan.constraint-changed", project, "B constraint: — → SNET 2027-03-15");
        AuditTrail.awaitRecord(audit, "plan.constraint-changed", project, "A constraint: — → MFO 2027-03-03");
        AuditTrail.awaitRecord(
                audit, "plan.constraint-changed", project, "A constraint: MFO 2027-03-03 → MFO 2027-03-10");
        AuditTrail.awaitRecord(audit, "plan.constraint-changed", project, "B constraint: FNLT 2027-03-11 → —");
    }

    @Test
    void aRowIsRenamedInItsNameCellAndABlankNameIsRefused() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2027-06-30");
        edit(id, "/rows", "key", "A", "name", "审批", "kind", "TASK", "duration", "3");
        edit(id, "/rows/A/name", "name", "  施工许可审批 ").andExpect(content().string(containsString(">施工许可审批</textarea>")));
        // refused, the cell keeps what was typed (nothing), marked unsaved, for the user to correct
        // (PlanCellRefusedTests)
        edit(id, "/rows/A/name", "name", " ")
                .andExpect(content().string(containsString("任务名称须为1到200个字符")))
                .andExpect(content().string(containsString("is-invalid plan-unsaved")));
        AuditTrail.awaitRecord(audit, "plan.row-renamed", Long.toString(id), "A name: 审批 → 施工许可审批");
    }

    /** A key with a space or a sign could never be typed as a predecessor: refused beside the field, in words. */
    @Test
    void aTaskKeyHoldsLettersDigitsAndDashUnderscoreOrDotOnly() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2027-06-30");
        for (String key : new String[] {"a b<script>", "A,B", "A/B", "A;B"}) {
            edit(id, "/rows", "key", key, "name", "坏编号", "kind", "TASK", "duration", "1")
                    .andExpect(content().string(containsString("只能由字母、数字和“-”“_”“.”组成")))
                    .andExpect(content().string(not(containsString("坏编号"))));
        }
        edit(id, "/rows", "key", "PROJECT.A-01_x", "name", "好编号", "kind", "TASK", "duration", "1")
                .andExpect(content().string(containsString("row-PROJECT.A-01_x")));
        edit(id, "/rows", "key", "甲1", "name", "中文编号", "kind", "TASK", "duration", "1");
        edit(id, "/rows/甲1/predecessors", "predecessors", "PROJECT.A-01_x")
                .andExpect(content().string(not(containsString("plan-error"))));
        String page = mvc.perform(get("/projects/" + id + "/plan").session(dispatch))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"plan-add-key-hint\"").contains("只能用字母、数字和“-”“_”“.”");
    }

    /** The plan has one level of stages: a stage under a stage, or under itself, is refused and changes nothing. */
    @Test
    void aStageCannotGoUnderAStageOrItself() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2027-06-30");
        edit(id, "/rows", "key", "S1", "name", "前期", "kind", "STAGE");
        edit(id, "/rows", "key", "S2", "name", "建设", "kind", "STAGE");
        String version = PlanFixtures.version(mvc, dispatch, id);
        edit(id, "/rows/S1/stage", "parentKey", "S1")
                .andExpect(content().string(containsString("S1 是阶段，阶段不能放在其他阶段或自身之下")));
        edit(id, "/rows/S2/stage", "parentKey", "S1")
                .andExpect(content().string(containsString("S2 是阶段，阶段不能放在其他阶段或自身之下")));
        edit(id, "/rows", "key", "S3", "name", "投产", "kind", "STAGE", "parentKey", "S1")
                .andExpect(content().string(containsString("S3 是阶段")));
        assertThat(PlanFixtures.version(mvc, dispatch, id)).isEqualTo(version);
    }

    private String earlyStartOf(long id, String key) throws Exception {
        String body = mvc.perform(get("/api/v1/projects/" + id + "/plan").session(dispatch))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> starts = JsonPath.read(body, "$.tasks[?(@.key == '" + key + "')].earlyStart");
        return starts.getFirst();
    }

    private ResultActions edit(long id, String path, String... params) throws Exception {
        var request = post("/projects/" + id + "/plan" + path)
                .session(dispatch)
                .with(csrf())
                .header("HX-Request", "true")
                .param("version", PlanFixtures.version(mvc, dispatch, id));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }
}
