package cn.zhuanban.investment;

import static cn.zhuanban.investment.LeadConversionFixtures.DISTRICT;
import static cn.zhuanban.investment.LeadConversionFixtures.assertRefused;
import static cn.zhuanban.investment.LeadConversionFixtures.form;
import static cn.zhuanban.investment.LeadConversionFixtures.leadForm;
import static cn.zhuanban.investment.LeadConversionFixtures.missingNode;
import static cn.zhuanban.investment.LeadConversionFixtures.signedLead;
import static cn.zhuanban.investment.LeadConversionFixtures.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.industry.ChainViews.NodeView;
import cn.zhuanban.industry.IndustryManagement;
import cn.zhuanban.investment.InvestmentCommands.StageMove;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectSummary;
import cn.zhuanban.shared.ErrorCode;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A signed lead becomes a key project, once, with its lineage visible from both sides and from its chain node. */
@IntegrationTest
class LeadConversionTests {

    @Autowired
    InvestmentManagement investment;

    @Autowired
    LeadConversion conversion;

    @Autowired
    IndustryManagement industry;

    @Autowired
    ProjectReads projects;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void aSignedChainLeadBecomesAKeyProjectWithLineageBothWays() throws Exception {
        CurrentUser dispatch = staff(directory, "dispatch");
        long node = missingNode(industry);
        String company = TestCodes.unique("链上企业");
        long lead = signedLead(investment, dispatch, company, node);

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

    @Test
    void onlyASignedLeadConvertsAndOnlyOnce() {
        CurrentUser dispatch = staff(directory, "dispatch");
        String company = TestCodes.unique("在谈企业");
        long lead = investment.createLead(dispatch, leadForm(company, null, dispatch.id()));

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
}
