package cn.zhuanban.enterpriseplan;

import static cn.zhuanban.enterpriseplan.EnterprisePlanFixture.assertRefused;
import static cn.zhuanban.enterpriseplan.EnterprisePlanFixture.form;
import static cn.zhuanban.enterpriseplan.EnterprisePlanFixture.links;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.NotFoundException;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Who reads which plan, the list and its export, the required enterprise, and measure links to visible items only. */
@IntegrationTest
class EnterprisePlanListAndAccessTests {

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
    ProjectReads projectReads;

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
}
