package cn.zhuanban.enterpriseplan;

import static cn.zhuanban.enterpriseplan.EnterprisePlanFixture.assertRefused;
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
import cn.zhuanban.enterpriseplan.PlanViews.PlanView;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.DepartmentView;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Approval only by the lead official of the enterprise's projects, and the approved plan's DOCX export. */
@IntegrationTest
class EnterprisePlanApprovalTests {

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
    DepartmentManagement departments;

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
}
