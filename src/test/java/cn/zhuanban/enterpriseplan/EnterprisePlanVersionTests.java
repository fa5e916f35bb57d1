package cn.zhuanban.enterpriseplan;

import static cn.zhuanban.enterpriseplan.EnterprisePlanFixture.assertRefused;
import static cn.zhuanban.enterpriseplan.EnterprisePlanFixture.form;
import static cn.zhuanban.enterpriseplan.EnterprisePlanFixture.measure;
import static cn.zhuanban.enterpriseplan.EnterprisePlanFixture.versionOf;
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
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A new version keeps the approved one readable and the diff shows what changed; approved versions are read-only;
 * concurrent edits conflict.
 */
@IntegrationTest
class EnterprisePlanVersionTests {

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
    UserDirectory directory;

    @Autowired
    JdbcClient jdbc;

    ServiceFixtures fx;
    CurrentUser dispatch;
    long enterprise;
    long planId;

    @BeforeEach
    void setUp() {
        EnterprisePlanFixture setUp =
                EnterprisePlanFixture.create(new ServiceFixtures(enterprises, taskForces, projects, directory), plans);
        fx = setUp.fx();
        dispatch = setUp.dispatch();
        enterprise = setUp.enterprise();
        planId = setUp.planId();
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
}
