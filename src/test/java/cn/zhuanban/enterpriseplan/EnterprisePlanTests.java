package cn.zhuanban.enterpriseplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.enterpriseplan.PlanViews.ChangeKind;
import cn.zhuanban.enterpriseplan.PlanViews.FieldChange;
import cn.zhuanban.enterpriseplan.PlanViews.MeasureChange;
import cn.zhuanban.enterpriseplan.PlanViews.MeasureView;
import cn.zhuanban.enterpriseplan.PlanViews.PlanView;
import cn.zhuanban.enterpriseplan.PlanViews.VersionDiff;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.DepartmentView;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.NotFoundException;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One enterprise, one plan: versions (a new version keeps the approved one readable and the diff
 * shows what changed), approval only by the lead official of the enterprise's projects, approved
 * versions read-only, the DOCX export, and scopes.
 */
@IntegrationTest
class EnterprisePlanTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EnterprisePlanManagement plans;

    @Autowired
    EnterprisePlanLists lists;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    ProjectReads projectReads;

    @Autowired
    UserDirectory directory;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    JdbcClient jdbc;

    ServiceFixtures fx;
    CurrentUser dispatch;
    long enterprise;
    long planId;

    @BeforeEach
    void setUp() {
        fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        dispatch = fx.user("dispatch");
        enterprise = fx.enterprise();
        fx.project(enterprise, null); // led by "lead"
        planId = plans.create(enterprise, form("企业现状：厂房在建。", "诉求：用电增容。"), dispatch);
    }

    @Test
    void newVersionKeepsTheApprovedOneReadableAndTheDiffShowsWhatChanged() {
        plans.addMeasure(planId, measure("供电接入协调", LocalDate.of(2026, 12, 15)), dispatch);
        plans.addMeasure(planId, measure("环评并联审批", LocalDate.of(2026, 12, 31)), dispatch);
        assertThatThrownBy(() -> plans.newVersion(planId, dispatch))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.ENTERPRISE_PLAN_DRAFT_OPEN));
        plans.approve(planId, 1, fx.user("lead"));

        assertThat(plans.newVersion(planId, dispatch)).isEqualTo(2);
        PlanView v2 = lists.plan(planId, null, dispatch);
        long power = v2.measures().stream()
                .filter(m -> m.title().equals("供电接入协调"))
                .findFirst()
                .orElseThrow()
                .id();
        long eia = v2.measures().stream()
                .filter(m -> m.title().equals("环评并联审批"))
                .findFirst()
                .orElseThrow()
                .id();
        plans.edit(planId, new PlanForm("企业现状：厂房在建。", "诉求：用电增容、人才招引。", "适用政策", "预期成效", "增加人才诉求", 0), dispatch);
        plans.editMeasure(planId, power, measure("供电接入协调", LocalDate.of(2026, 12, 5), versionOf(v2, power)), dispatch);
        plans.removeMeasure(planId, eia, dispatch);
        plans.addMeasure(planId, measure("关键岗位人才招引", LocalDate.of(2027, 3, 31)), dispatch);

        PlanView v1 = lists.plan(planId, 1, dispatch);
        assertThat(v1.version().approved()).isTrue();
        assertThat(v1.version().needs()).isEqualTo("诉求：用电增容。");
        assertThat(v1.measures()).extracting(PlanViews.MeasureView::title).containsExactly("供电接入协调", "环评并联审批");
        assertThat(v1.measures().getFirst().deadline()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(v1.editable()).isFalse();

        VersionDiff diff = lists.diff(planId, null, null, dispatch);
        assertThat(diff.from()).isEqualTo(1);
        assertThat(diff.to()).isEqualTo(2);
        assertThat(diff.fields()).containsExactly(new FieldChange("needs", "诉求：用电增容。", "诉求：用电增容、人才招引。"));
        assertThat(diff.measures())
                .extracting(MeasureChange::title, MeasureChange::kind)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("供电接入协调", ChangeKind.CHANGED),
                        org.assertj.core.groups.Tuple.tuple("关键岗位人才招引", ChangeKind.ADDED),
                        org.assertj.core.groups.Tuple.tuple("环评并联审批", ChangeKind.REMOVED));
        MeasureChange changed = diff.measures().stream()
                .filter(m -> m.kind() == ChangeKind.CHANGED)
                .findFirst()
                .orElseThrow();
        assertThat(changed.changes()).containsExactly(new FieldChange("measure.deadline", "2026-12-15", "2026-12-05"));
        AuditTrail.awaitRecord(jdbc, "enterprise-plan.version-created", Long.toString(planId), "v1 → v2");
    }

    @Test
    void diffAndHistoryPagesShowTheVersions() throws Exception {
        plans.addMeasure(planId, measure("供电接入协调", LocalDate.of(2026, 12, 15)), dispatch);
        plans.approve(planId, 1, fx.user("lead"));
        plans.newVersion(planId, dispatch);
        plans.addMeasure(planId, measure("出口资质辅导", LocalDate.of(2027, 6, 30)), dispatch);
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");

        String diff = mvc.perform(get("/enterprise-plans/{id}/diff", planId).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(diff).contains("出口资质辅导").contains("measure-ADDED").doesNotContain("measure-REMOVED");
        String history = mvc.perform(
                        get("/enterprise-plans/{id}/versions", planId).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(history).contains("v1").contains("v2");
        // On a phone each measure is a block with its buttons on a line of their own (app.css table-stack): in the
        // scrolling table 删除 lay past the screen's edge.
        String current = mvc.perform(get("/enterprise-plans/{id}", planId).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(current)
                .contains("class=\"table table-vcenter card-table table-stack\" id=\"plan-measures\"")
                .containsPattern(
                        "(?s)class=\"text-end text-nowrap table-stack-actions\">\\s*<a[^>]*/edit\"[^>]*>[^<]*</a>\\s*<form[^>]*/remove\"");
        String old = mvc.perform(get("/enterprise-plans/{id}", planId)
                        .param("version", "1")
                        .session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(old).contains("plan-old-version").doesNotContain("出口资质辅导").doesNotContain("id=\"plan-edit\"");
    }

    @Test
    void approvedVersionIsReadOnly() throws Exception {
        plans.addMeasure(planId, measure("供电接入协调", LocalDate.of(2026, 12, 15)), dispatch);
        plans.approve(planId, 1, fx.user("lead"));
        long measureId =
                lists.plan(planId, null, dispatch).measures().getFirst().id();

        assertRefused(() -> plans.edit(planId, form("改", "改"), dispatch), ErrorCode.ENTERPRISE_PLAN_APPROVED);
        assertRefused(
                () -> plans.addMeasure(planId, measure("新措施", null), dispatch), ErrorCode.ENTERPRISE_PLAN_APPROVED);
        assertRefused(
                () -> plans.editMeasure(planId, measureId, measure("改", null), dispatch),
                ErrorCode.ENTERPRISE_PLAN_APPROVED);
        assertRefused(() -> plans.removeMeasure(planId, measureId, dispatch), ErrorCode.ENTERPRISE_PLAN_APPROVED);
        assertRefused(() -> plans.approve(planId, 1, fx.user("lead")), ErrorCode.ENTERPRISE_PLAN_APPROVED);

        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");
        mvc.perform(post("/enterprise-plans/{id}", planId)
                        .session(session)
                        .with(csrf())
                        .param("situation", "改")
                        .param("version", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("alert-danger")));
        mvc.perform(post("/enterprise-plans/{id}/measures/{m}/remove", planId, measureId)
                        .session(session)
                        .with(csrf()))
                .andExpect(status().isConflict());
        assertThat(lists.plan(planId, 1, dispatch).measures()).hasSize(1);
        // Progress is execution, not approved content: it may still be recorded.
        plans.recordProgress(planId, measureId, MeasureProgress.IN_PROGRESS, dispatch);
        assertThat(lists.plan(planId, 1, dispatch).measures().getFirst().progress())
                .isEqualTo(MeasureProgress.IN_PROGRESS);
    }

    @Test
    void twoPeopleEditingTheSameMeasureGetAConflictNotALostUpdate() throws Exception {
        plans.addMeasure(planId, measure("供电接入协调", LocalDate.of(2026, 12, 15)), dispatch);
        PlanView read = lists.plan(planId, null, dispatch);
        long measureId = read.measures().getFirst().id();
        int version = read.measures().getFirst().version();

        // both opened the form at the same version; the first saves
        plans.editMeasure(planId, measureId, measure("供电接入协调（第一人）", LocalDate.of(2026, 12, 10), version), dispatch);
        assertThatThrownBy(() -> plans.editMeasure(
                        planId, measureId, measure("供电接入协调（第二人）", LocalDate.of(2026, 12, 20), version), dispatch))
                .isInstanceOf(OptimisticLockingFailureException.class);
        // an edit that names no version is refused too: it never saw what it would overwrite
        assertThatThrownBy(() -> plans.editMeasure(planId, measureId, measure("无版本", null), dispatch))
                .isInstanceOf(OptimisticLockingFailureException.class);
        MeasureView kept = lists.plan(planId, null, dispatch).measures().getFirst();
        assertThat(kept.title()).isEqualTo("供电接入协调（第一人）");
        assertThat(kept.deadline()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(kept.version()).isEqualTo(version + 1);

        // through the form: the stale version gets the conflict message with the typed title kept, the fresh one saves
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");
        mvc.perform(get("/enterprise-plans/{id}/measures/{m}/edit", planId, measureId)
                        .session(session))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "name=\"version\" value=\"" + kept.version() + "\"")));
        mvc.perform(post("/enterprise-plans/{id}/measures/{m}", planId, measureId)
                        .session(session)
                        .with(csrf())
                        .param("title", "过时的修改")
                        .param("version", Integer.toString(version)))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("这条记录已被修改（可能是在其他窗口）")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"过时的修改\"")));
        mvc.perform(post("/enterprise-plans/{id}/measures/{m}", planId, measureId)
                        .session(session)
                        .with(csrf())
                        .param("title", "最新的修改")
                        .param("version", Integer.toString(kept.version())))
                .andExpect(status().is3xxRedirection());
        assertThat(lists.plan(planId, null, dispatch).measures().getFirst().title())
                .isEqualTo("最新的修改");
    }

    @Test
    void onlyTheLeadOfficialOfTheEnterprisesProjectsApproves() throws Exception {
        assertRefused(() -> plans.approve(planId, 1, dispatch), ErrorCode.ENTERPRISE_PLAN_NOT_LEAD);
        assertThatThrownBy(() -> plans.approve(planId, 1, fx.user("lead2"))).isInstanceOf(NotFoundException.class);

        mvc.perform(post("/enterprise-plans/{id}/approve", planId)
                        .session(WebTestSupport.login(mvc, "lead2"))
                        .with(csrf())
                        .param("version", "1"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/enterprise-plans/{id}/approve", planId)
                        .session(WebTestSupport.login(mvc, "dispatch"))
                        .with(csrf())
                        .param("version", "1"))
                .andExpect(status().isForbidden());
        assertThat(lists.plan(planId, null, dispatch).version().approved()).isFalse();

        MockHttpSession lead = WebTestSupport.login(mvc, "lead");
        assertThat(mvc.perform(get("/enterprise-plans/{id}", planId).session(lead))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("plan-approve");
        mvc.perform(post("/enterprise-plans/{id}/approve", planId)
                        .session(lead)
                        .with(csrf())
                        .param("version", "1"))
                .andExpect(status().is3xxRedirection());
        PlanView approved = lists.plan(planId, null, dispatch);
        assertThat(approved.version().approved()).isTrue();
        assertThat(approved.version().approvedByName())
                .isEqualTo(directory.findByUsername("lead").orElseThrow().fullName());
        assertThat(approved.approvedNumber()).isEqualTo(1);
        AuditTrail.awaitRecord(jdbc, "enterprise-plan.approved", Long.toString(planId), "v1");
    }

    @Test
    void approvedPlanExportsToDocxInGovernmentLayout() throws Exception {
        DepartmentView power = departments.tree().stream()
                .filter(d -> "GD".equals(d.code()))
                .findFirst()
                .orElseThrow();
        plans.addMeasure(
                planId,
                new MeasureForm("供电接入协调", "开辟绿色通道", power.id(), LocalDate.of(2026, 12, 15), "", "", ""),
                dispatch);
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");
        mvc.perform(get("/enterprise-plans/{id}/plan.docx", planId).session(session))
                .andExpect(status().isConflict());
        plans.approve(planId, 1, fx.user("lead"));

        byte[] docx = mvc.perform(
                        get("/enterprise-plans/{id}/plan.docx", planId).session(session))
                .andExpect(status().isOk())
                .andExpect(content()
                        .contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String name = enterprises.find(enterprise, dispatch).name();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(doc.getParagraphs().getFirst().getText()).isEqualTo(name + "“一企一策”服务方案");
            String text = extractor.getText();
            assertThat(text)
                    .contains("第 1 版")
                    .containsPattern("第 1 版　\\d{4}年\\d{1,2}月\\d{1,2}日 经")
                    .contains("一、企业基本情况")
                    .contains("企业现状：厂房在建。")
                    .contains("二、企业诉求")
                    .contains("三、服务措施")
                    .contains("五、预期成效");
            XWPFTable table = doc.getTables().getFirst();
            assertThat(table.getRow(1).getTableCells().stream()
                            .map(c -> c.getText())
                            .collect(Collectors.toList()))
                    .containsExactly("1", "供电接入协调：开辟绿色通道", power.name(), "2026年12月15日", "-");
            assertThat(doc.getDocument().getBody().getSectPr().getPgMar().getTop())
                    .hasToString("2098");
        }
    }

    @Test
    void measureLinksMustBeVisibleItemsOfThePlansEnterprise() {
        long otherEnterprise = fx.enterprise();
        long otherProject = fx.project(otherEnterprise, null);
        long foreignTicket = ticket(otherProject);
        long ownProject = projectReads
                .search(
                        cn.zhuanban.project.ProjectFilter.ofEnterprise(enterprise),
                        dispatch,
                        new cn.zhuanban.shared.PageQuery(0, 1))
                .content()
                .getFirst()
                .id();
        long ownTicket = ticket(ownProject);

        assertRefusedOn(links(String.valueOf(foreignTicket), "", ""), "ticketIds");
        assertRefusedOn(links("999999999", "", ""), "ticketIds");
        assertRefusedOn(links("abc", "", ""), "ticketIds");
        assertRefusedOn(links("", "999999999", ""), "serviceItemIds");
        assertRefusedOn(links("", "", "999999999"), "talentDemandIds");
        assertThat(lists.plan(planId, null, dispatch).measures()).isEmpty();

        long ownItem = checklists.add(
                ownProject,
                new cn.zhuanban.servicechecklist.ServiceItemForm(
                        cn.zhuanban.servicechecklist.ServiceItemKind.UTILITY,
                        "供电接入",
                        null,
                        null,
                        null,
                        null,
                        3,
                        cn.zhuanban.servicechecklist.LimitUnit.WORKING_DAYS,
                        cn.zhuanban.servicechecklist.ServiceItemStatus.IN_PROGRESS,
                        null,
                        null,
                        null,
                        0),
                dispatch);
        plans.addMeasure(planId, links("#" + ownTicket, String.valueOf(ownItem), ""), dispatch);
        PlanViews.LinkView link =
                lists.plan(planId, null, dispatch).measures().getFirst().links().getFirst();
        assertThat(link.kind()).isEqualTo(LinkKind.TICKET);
        assertThat(link.targetId()).isEqualTo(ownTicket);
        assertThat(link.stateKey()).isEqualTo("ticket.state.REPORTED");
        assertThat(link.label()).isEqualTo("链接测试工单");
        PlanViews.LinkView item =
                lists.plan(planId, null, dispatch).measures().getFirst().links().get(1);
        assertThat(item.kind()).isEqualTo(LinkKind.SERVICE_ITEM);
        assertThat(item.stateKey()).isEqualTo("checklist.status.IN_PROGRESS");
        assertThat(item.done()).isFalse();
    }

    @Test
    void enterpriseContactReadsOnlyHisOwnEnterprisesPlan() throws Exception {
        CurrentUser contact = fx.user("enterprise");
        long apiPlan = lists.planOf(contact.enterpriseId(), dispatch).orElseThrow();
        MockHttpSession own = WebTestSupport.login(mvc, "enterprise");
        String page = mvc.perform(get("/enterprise-plans/{id}", apiPlan).session(own))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("plan-situation")
                .doesNotContain("id=\"plan-edit\"")
                .doesNotContain("plan-approve");
        mvc.perform(post("/enterprise-plans/{id}/new-version", apiPlan)
                        .session(own)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertRefused(() -> plans.newVersion(apiPlan, contact), ErrorCode.ENTERPRISE_PLAN_READ_ONLY);
        // The enterprise page shows the plan's card with the demo plan's measures counted.
        assertThat(mvc.perform(get("/enterprise-plans/fragments/enterprise/{id}", contact.enterpriseId())
                                .session(own))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("enterprise-plan-link")
                .contains("/enterprise-plans/" + apiPlan);
        assertThatThrownBy(() -> lists.plan(planId, null, contact)).isInstanceOf(NotFoundException.class);

        MockHttpSession other = WebTestSupport.login(mvc, "enterprise2");
        mvc.perform(get("/enterprise-plans/{id}", apiPlan).session(other)).andExpect(status().isNotFound());
        mvc.perform(get("/enterprise-plans/{id}/versions", apiPlan).session(other))
                .andExpect(status().isNotFound());
        mvc.perform(get("/enterprise-plans/{id}/plan.docx", apiPlan).session(other))
                .andExpect(status().isNotFound());
        String apiName = enterprises.find(contact.enterpriseId(), dispatch).name();
        assertThat(mvc.perform(get("/enterprise-plans").session(other))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain(apiName);
        assertThat(mvc.perform(get("/enterprise-plans").session(own))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(apiName);
    }

    @Test
    void listSearchesAndExportsToXlsxAndTheEnterprisePageLinksThePlan() throws Exception {
        String name = enterprises.find(enterprise, dispatch).name();
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");
        assertThat(mvc.perform(get("/enterprise-plans").param("q", name).session(session))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(name);
        byte[] xlsx = mvc.perform(get("/enterprise-plans/export")
                        .param("q", name)
                        .param("status", "DRAFT")
                        .session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(name);
        }
        assertThat(mvc.perform(get("/enterprise-plans/fragments/enterprise/{id}", enterprise)
                                .session(session))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("/enterprise-plans/" + planId);
        assertRefused(() -> plans.create(enterprise, form("重复", null), dispatch), ErrorCode.ENTERPRISE_PLAN_EXISTS);
    }

    /** The enterprise choice is required on the page; a request without it gets "必填项", not "enterprise -1". */
    @Test
    void aPlanWithoutAnEnterpriseIsRefusedAsARequiredChoice() throws Exception {
        String page = mvc.perform(post("/enterprise-plans")
                        .session(WebTestSupport.login(mvc, "dispatch"))
                        .with(csrf())
                        .param("situation", "企业现状：未选企业。")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("invalid-feedback d-block\">必填项").doesNotContain("编号 -1");
        // the empty choice says what to do and is the one shown, not the first enterprise
        int select = page.indexOf("<select", page.indexOf("for=\"enterpriseId\""));
        assertThat(page.substring(select, page.indexOf("</select>", select)))
                .contains("<option value=\"\">请选择企业</option>")
                .doesNotContain("selected");
    }

    private long ticket(long projectId) {
        return ticketManagement.report(
                new cn.zhuanban.ticket.ReportCommand(
                        projectId,
                        cn.zhuanban.ticket.TicketCategory.POWER,
                        "链接测试工单",
                        "测试",
                        cn.zhuanban.ticket.TicketSeverity.NORMAL),
                java.util.List.of(),
                dispatch);
    }

    @Autowired
    cn.zhuanban.ticket.TicketManagement ticketManagement;

    @Autowired
    cn.zhuanban.servicechecklist.ServiceChecklistManagement checklists;

    private void assertRefusedOn(MeasureForm form, String field) {
        assertThatThrownBy(() -> plans.addMeasure(planId, form, dispatch))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.ENTERPRISE_PLAN_LINK);
                    assertThat(e.field()).isEqualTo(field);
                });
    }

    private static void assertRefused(Runnable action, ErrorCode code) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.errorCode()).isEqualTo(code));
    }

    private static PlanForm form(String situation, String needs) {
        return new PlanForm(situation, needs, "适用政策", "预期成效", null, 0);
    }

    private static MeasureForm measure(String title, LocalDate deadline) {
        return new MeasureForm(title, null, null, deadline, "", "", "");
    }

    private static MeasureForm measure(String title, LocalDate deadline, int version) {
        return new MeasureForm(title, null, null, deadline, "", "", "", version);
    }

    private static int versionOf(PlanView plan, long measureId) {
        return plan.measures().stream()
                .filter(m -> m.id() == measureId)
                .findFirst()
                .orElseThrow()
                .version();
    }

    private static MeasureForm links(String tickets, String items, String demands) {
        return new MeasureForm("链接措施", null, null, null, tickets, items, demands);
    }
}
