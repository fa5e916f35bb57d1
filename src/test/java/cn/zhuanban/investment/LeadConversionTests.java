package cn.zhuanban.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.HtmlParts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserView;
import cn.zhuanban.industry.ChainSegment;
import cn.zhuanban.industry.ChainViews.NodeView;
import cn.zhuanban.industry.IndustryCommands.ChainForm;
import cn.zhuanban.industry.IndustryCommands.NodeForm;
import cn.zhuanban.industry.IndustryManagement;
import cn.zhuanban.industry.NodeStatus;
import cn.zhuanban.investment.InvestmentCommands.LeadForm;
import cn.zhuanban.investment.InvestmentCommands.StageMove;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.ProjectSummary;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class LeadConversionTests {

    /** The platform's days are the district's (Asia/Shanghai), not the JVM's. */
    static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

    @Autowired
    InvestmentManagement investment;

    @Autowired
    LeadConversion conversion;

    @Autowired
    IndustryManagement industry;

    @Autowired
    ProjectManagement projects;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void aSignedChainLeadBecomesAKeyProjectWithLineageBothWays() throws Exception {
        CurrentUser dispatch = staff("dispatch");
        long node = missingNode();
        String company = TestCodes.unique("链上企业");
        long lead = signedLead(dispatch, company, node);

        long project =
                conversion.createKeyProject(dispatch, lead, form(company + "项目", investment.lead(dispatch, lead)));

        ProjectSummary created = projects.summary(project).orElseThrow();
        assertThat(created.enterpriseName()).isEqualTo(company);
        assertThat(created.totalInvestment()).isEqualByComparingTo("30000");
        assertThat(investment.lead(dispatch, lead).row().projectId()).isEqualTo(project);
        assertThat(investment.originOf(project)).hasValueSatisfying(o -> {
            assertThat(o.leadId()).isEqualTo(lead);
            assertThat(o.channel()).isEqualTo(LeadChannel.CHAIN);
            assertThat(o.signedOn()).isEqualTo(LocalDate.now(DISTRICT).minusDays(1));
        });
        NodeView attached = industry.node(node).orElseThrow();
        assertThat(attached.projectIds()).containsExactly(project);
        assertThat(attached.enterpriseIds()).containsExactly(created.enterpriseId());
        AuditTrail.awaitRecord(jdbc, "investment.lead.project-created", Long.toString(lead), null);

        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");
        mvc.perform(get("/investment/fragments/project-origin/" + project).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(company)));
        mvc.perform(get("/investment/leads/" + lead).session(session))
                .andExpect(content().string(Matchers.containsString(company + "项目")));
        // no task force given: the project page says so and leads to where one is set (audit D7)
        assertThat(WebTestSupport.page(mvc, "dispatch", "/projects/" + project))
                .contains("id=\"set-task-force\"", "设置服务专班");
    }

    /**
     * Audit D7, D8, D9: the conversion form suggests the project's name from the company's short name and takes a task
     * force; the lead page it leads to shows the lead registered at once, offers no move the project decides, and names
     * the people who moved it.
     */
    @Test
    void theConversionFormTakesATaskForceAndTheLeadPageShowsTheNewStageAtOnce() throws Exception {
        CurrentUser dispatch = staff("dispatch");
        String company = TestCodes.unique("表单转化生物科技") + "有限公司";
        long lead = signedLead(dispatch, company, missingNode());
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");

        assertThat(WebTestSupport.page(mvc, "dispatch", "/investment/leads/" + lead + "/project/new"))
                .contains("value=\"" + company.replace("有限公司", "项目") + "\"", "name=\"taskForceId\"");
        long taskForce =
                jdbc.sql("select min(id) from task_force").query(Long.class).single();
        LocalDate today = LocalDate.now(DISTRICT);
        mvc.perform(post("/investment/leads/" + lead + "/project")
                        .session(session)
                        .with(csrf())
                        .param("name", company + "项目")
                        .param("newEnterpriseName", company)
                        .param("newEnterpriseCreditCode", TestCodes.creditCode())
                        .param("level", "DISTRICT")
                        .param("stage", "PRE_CONSTRUCTION")
                        .param("totalInvestment", "1000")
                        .param("start", today.toString())
                        .param("targetFinish", today.plusYears(2).toString())
                        .param("taskForceId", Long.toString(taskForce))
                        .param(
                                "leadVersion",
                                Integer.toString(investment.lead(dispatch, lead).version())))
                .andExpect(status().is3xxRedirection());

        long project = investment.lead(dispatch, lead).row().projectId();
        assertThat(jdbc.sql("select task_force_id from project where id = :id")
                        .param("id", project)
                        .query(Long.class)
                        .single())
                .isEqualTo(taskForce);
        assertThat(investment.lead(dispatch, lead).stage()).isEqualTo(LeadStage.REGISTERED);
        String page = WebTestSupport.page(mvc, "dispatch", "/investment/leads/" + lead);
        assertThat(page)
                .contains("text-secondary\">" + dispatch.fullName() + "</small>")
                .doesNotContain("<option value=\"STARTED\"", "text-secondary\">dispatch</small>");
    }

    @Test
    void onlyASignedLeadConvertsAndOnlyOnce() {
        CurrentUser dispatch = staff("dispatch");
        String company = TestCodes.unique("在谈企业");
        long lead = investment.createLead(dispatch, leadForm(company, null, dispatch));

        assertRefused(
                () -> conversion.createKeyProject(dispatch, lead, form(company, investment.lead(dispatch, lead))),
                ErrorCode.LEAD_NOT_SIGNED);
        for (LeadStage stage : new LeadStage[] {LeadStage.CONTACTED, LeadStage.NEGOTIATING, LeadStage.SIGNED}) {
            investment.move(
                    dispatch,
                    lead,
                    new StageMove(
                            stage,
                            LocalDate.now(DISTRICT),
                            null,
                            investment.lead(dispatch, lead).version()));
        }
        conversion.createKeyProject(dispatch, lead, form(company, investment.lead(dispatch, lead)));
        assertRefused(
                () -> conversion.createKeyProject(
                        dispatch, lead, form(company + "二期", investment.lead(dispatch, lead))),
                ErrorCode.LEAD_PROJECT_EXISTS);
    }

    @Test
    void leadsAreStaffWorkWithinTheDataScope() throws Exception {
        CurrentUser dispatch = staff("dispatch");
        long lead = investment.createLead(dispatch, leadForm(TestCodes.unique("范围企业"), null, dispatch));

        mvc.perform(get("/investment/leads/" + lead).session(WebTestSupport.login(mvc, "dispatch")))
                .andExpect(status().isOk());
        mvc.perform(get("/investment/leads/" + lead).session(WebTestSupport.login(mvc, "handler")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/investment/leads").session(WebTestSupport.login(mvc, "enterprise")))
                .andExpect(status().isForbidden());
        // A department handler reads his department's leads but enters none (audit D1: his lead went out of scope).
        mvc.perform(get("/investment/leads/new").session(WebTestSupport.login(mvc, "handler-power")))
                .andExpect(status().isForbidden());
        assertThat(WebTestSupport.page(mvc, "handler-power", "/investment/leads"))
                .doesNotContain("/investment/leads/new")
                // on a phone the ledger keeps company, stage and next action; the rest shows from md up (audit D16)
                .contains("<th class=\"d-none d-md-table-cell\">");
        assertThat(WebTestSupport.page(mvc, "handler-power", "/"))
                .doesNotContain("/investment/leads/new", "/investment/leads?stale=true");
    }

    @Test
    void theContractFiguresAreSavedFromTheLeadPageAndOnlyReadByTheSupervisionOffice() throws Exception {
        CurrentUser dispatch = staff("dispatch");
        long lead = signedLead(dispatch, TestCodes.unique("签约企业"), missingNode());
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");

        mvc.perform(post("/investment/leads/" + lead + "/contract")
                        .param("agreedInvestment", "28000")
                        .param(
                                "agreedStartOn",
                                LocalDate.now(DISTRICT).plusDays(30).toString())
                        .param("fundsInPlace", "5000")
                        .param(
                                "version",
                                Long.toString(investment.lead(dispatch, lead).version()))
                        .session(session)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(investment.lead(dispatch, lead).agreedInvestment()).isEqualByComparingTo("28000");
        // The audit log names the figures that changed, not the record as Java prints it.
        AuditTrail.awaitRecord(
                jdbc,
                "investment.lead.contract",
                Long.toString(lead),
                "agreedInvestment: — → 28000; agreedStartOn: — → "
                        + LocalDate.now(DISTRICT).plusDays(30) + "; fundsInPlace: — → 5000");

        MockHttpSession supervisor = WebTestSupport.login(mvc, "supervisor");
        String page = WebTestSupport.page(mvc, "supervisor", "/investment/leads/" + lead);
        assertThat(HtmlParts.form(page, "contract-form")).contains("28000").doesNotContain("type=\"submit\"");
        for (String field : List.of("agreedInvestment", "agreedStartOn", "fundsInPlace", "fixedAssetInvestment")) {
            assertThat(HtmlParts.input(page, "contract-form", field)).contains("readonly");
        }
        mvc.perform(post("/investment/leads/" + lead + "/contract")
                        .param("agreedInvestment", "1")
                        .param("version", "0")
                        .session(supervisor)
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    private long signedLead(CurrentUser user, String company, long node) {
        LeadForm form = leadForm(company, node, user);
        long lead = investment.createLead(
                user,
                new LeadForm(
                        form.targetCompany(),
                        form.channel(),
                        null,
                        null,
                        node,
                        null,
                        form.expectedInvestment(),
                        200,
                        user.id(),
                        null,
                        null,
                        null,
                        LocalDate.now(DISTRICT).minusDays(30),
                        0));
        LeadStage[] path = {LeadStage.CONTACTED, LeadStage.NEGOTIATING, LeadStage.SIGNED};
        for (int i = 0; i < path.length; i++) {
            investment.move(
                    user,
                    lead,
                    new StageMove(
                            path[i],
                            LocalDate.now(DISTRICT).minusDays(path.length - i),
                            null,
                            investment.lead(user, lead).version()));
        }
        return lead;
    }

    private static LeadForm leadForm(String company, Long node, CurrentUser owner) {
        return new LeadForm(
                company,
                LeadChannel.CHAIN,
                null,
                null,
                node,
                null,
                new BigDecimal("30000"),
                200,
                owner.id(),
                null,
                null,
                null,
                null,
                0);
    }

    private static KeyProjectForm form(String name, InvestmentViews.LeadView lead) {
        return new KeyProjectForm(
                name,
                null,
                null,
                lead.row().targetCompany(),
                TestCodes.creditCode(),
                ProjectLevel.DISTRICT,
                ProjectStage.PRE_CONSTRUCTION,
                lead.row().expectedInvestment(),
                LocalDate.now(DISTRICT),
                LocalDate.now(DISTRICT).plusYears(2),
                null,
                null,
                "示范区",
                lead.version());
    }

    private long missingNode() {
        long chain = industry.createChain(new ChainForm(TestCodes.unique("转化链"), null, null, 0, 0));
        return industry.addNode(
                chain,
                new NodeForm(ChainSegment.MIDSTREAM, null, "缓释制剂", "C2720", NodeStatus.MISSING, null, null, 0, 0));
    }

    private CurrentUser staff(String username) {
        UserView u = directory.findByUsername(username).orElseThrow();
        return new CurrentUser(
                u.id(),
                u.username(),
                u.fullName(),
                u.departmentId(),
                u.enterpriseId(),
                u.dataScope(),
                Set.copyOf(u.roles()),
                Set.copyOf(Permissions.ALL));
    }

    private static void assertRefused(Runnable action, ErrorCode code) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.errorCode()).isEqualTo(code));
    }
}
