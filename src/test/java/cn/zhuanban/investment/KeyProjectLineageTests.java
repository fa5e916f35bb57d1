package cn.zhuanban.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.HtmlParts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.CreditCode;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserView;
import cn.zhuanban.investment.InvestmentCommands.LeadForm;
import cn.zhuanban.investment.InvestmentCommands.StageMove;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectStage;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Converting a signed lead (review of the demo's lead 7): the form carries the company over for the enterprise and a
 * project name for the project, marks the credit code a new enterprise needs, and afterwards the project names its
 * source lead (来源线索) and the lead links its project (domain.md §7).
 */
@IntegrationTest
class KeyProjectLineageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    InvestmentManagement investment;

    @Autowired
    LeadConversion conversion;

    @Autowired
    ProjectReads projects;

    @Autowired
    UserDirectory directory;

    @Autowired
    Clock clock;

    @Test
    void theFormOffersTheCompanyForTheNewEnterpriseAndAProjectNameForTheProject() throws Exception {
        String company = TestCodes.unique("联合大药房连锁") + "有限公司";
        long lead = signedLead(staff("dispatch"), company);

        String form = WebTestSupport.page(mvc, "dispatch", "/investment/leads/" + lead + "/project/new");

        assertThat(HtmlParts.input(form, "key-project-form", "name"))
                .contains("value=\"" + company.replace("有限公司", "项目") + "\"");
        assertThat(HtmlParts.input(form, "key-project-form", "newEnterpriseName"))
                .contains("value=\"" + company + "\"");
        assertThat(form).contains("class=\"form-label required\" for=\"newEnterpriseCreditCode\"", "未选择已登记企业时必填");
    }

    @Test
    void aNewEnterpriseIsRegisteredUnderTheCompanysNameAndRefusedWithoutItsCreditCode() throws Exception {
        CurrentUser dispatch = staff("dispatch");
        String company = TestCodes.unique("登记名称医药") + "有限公司";
        long lead = signedLead(dispatch, company);
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");

        String refused = mvc.perform(convert(lead, company, "", session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(HtmlParts.input(refused, "key-project-form", "newEnterpriseCreditCode"))
                .contains("is-invalid");
        assertThat(investment.lead(dispatch, lead).row().projectId()).isNull();

        mvc.perform(convert(lead, company, TestCodes.creditCode(), session)).andExpect(status().is3xxRedirection());
        long project = investment.lead(dispatch, lead).row().projectId();
        assertThat(projects.summary(project).orElseThrow().enterpriseName()).isEqualTo(company);
        assertThat(projects.summary(project).orElseThrow().name()).isEqualTo(company.replace("有限公司", "项目"));
    }

    /** domain.md §6: a code failing its check character registers the enterprise all the same, with a warning. */
    @Test
    void aCreditCodeFailingItsCheckCharacterIsRegisteredWithAWarning() throws Exception {
        String company = TestCodes.unique("早期代码药业") + "有限公司";
        long lead = signedLead(staff("dispatch"), company);
        String first17 = TestCodes.creditCode().substring(0, 17);
        char wrong = CreditCode.checkCharacter(first17) == '0' ? '1' : '0';

        mvc.perform(convert(lead, company, first17 + wrong, WebTestSupport.login(mvc, "dispatch")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashWarning", "attraction.lead.enterprise-check-character"));
        assertThat(investment.lead(staff("dispatch"), lead).row().projectId()).isNotNull();
    }

    @Test
    void theProjectNamesItsSourceLeadAndTheLeadLinksItsProject() throws Exception {
        CurrentUser dispatch = staff("dispatch");
        String company = TestCodes.unique("来源线索制药") + "有限公司";
        long lead = signedLead(dispatch, company);
        long project =
                conversion.createKeyProject(dispatch, lead, form(company, investment.lead(dispatch, lead), null));

        assertThat(WebTestSupport.page(mvc, "dispatch", "/projects/" + project))
                .contains("hx-get=\"/investment/fragments/project-origin/" + project + "\"");
        String origin = WebTestSupport.page(mvc, "dispatch", "/investment/fragments/project-origin/" + project);
        assertThat(origin).contains("来源线索", "href=\"/investment/leads/" + lead + "\"", company);
        assertThat(WebTestSupport.page(mvc, "dispatch", "/investment/leads/" + lead))
                .contains("id=\"project-link\"", "href=\"/projects/" + project + "\"");
    }

    /**
     * The lead official leading the project sees it but not the lead, which someone else owns and registered: the
     * project still says where it came from, by name only; a lead official of other projects learns nothing.
     */
    @Test
    void aViewerOfTheProjectWhoMayNotReadTheLeadSeesItsNameWithoutLink() throws Exception {
        CurrentUser dispatch = staff("dispatch");
        String company = TestCodes.unique("只见名称化工") + "有限公司";
        long lead = signedLead(dispatch, company);
        long leadOfficial = directory.findByUsername("lead").orElseThrow().id();
        long project = conversion.createKeyProject(
                dispatch, lead, form(company, investment.lead(dispatch, lead), leadOfficial));

        String origin = WebTestSupport.page(mvc, "lead", "/investment/fragments/project-origin/" + project);
        assertThat(origin).contains("来源线索", "id=\"origin-lead-name\"", company);
        assertThat(origin).doesNotContain("/investment/leads/", "id=\"origin-lead\"");
        mvc.perform(get("/investment/leads/" + lead).session(WebTestSupport.login(mvc, "lead")))
                .andExpect(status().isNotFound());

        assertThat(WebTestSupport.page(mvc, "lead2", "/investment/fragments/project-origin/" + project))
                .doesNotContain(company, "来源线索");
    }

    private RequestBuilder convert(long lead, String company, String creditCode, MockHttpSession session) {
        LocalDate today = LocalDate.now(clock);
        return post("/investment/leads/" + lead + "/project")
                .session(session)
                .with(csrf())
                .param("name", company.replace("有限公司", "项目"))
                .param("newEnterpriseName", company)
                .param("newEnterpriseCreditCode", creditCode)
                .param("level", "DISTRICT")
                .param("stage", "PRE_CONSTRUCTION")
                .param("totalInvestment", "1000")
                .param("start", today.toString())
                .param("targetFinish", today.plusYears(2).toString())
                .param(
                        "leadOfficialId",
                        Long.toString(
                                directory.findByUsername("lead").orElseThrow().id()))
                .param(
                        "leadVersion",
                        Integer.toString(
                                investment.lead(staff("dispatch"), lead).version()));
    }

    private long signedLead(CurrentUser user, String company) {
        LocalDate today = LocalDate.now(clock);
        long lead = investment.createLead(
                user,
                new LeadForm(
                        company,
                        LeadChannel.BUSINESS_REFERRAL,
                        null,
                        null,
                        null,
                        null,
                        new BigDecimal("8000"),
                        300,
                        user.id(),
                        null,
                        null,
                        null,
                        today.minusDays(30),
                        0));
        LeadStage[] path = {LeadStage.CONTACTED, LeadStage.NEGOTIATING, LeadStage.SIGNED};
        for (int i = 0; i < path.length; i++) {
            investment.move(
                    user,
                    lead,
                    new StageMove(
                            path[i],
                            today.minusDays(path.length - i),
                            null,
                            investment.lead(user, lead).version()));
        }
        return lead;
    }

    private KeyProjectForm form(String company, InvestmentViews.LeadView lead, Long leadOfficialId) {
        LocalDate today = LocalDate.now(clock);
        return new KeyProjectForm(
                company.replace("有限公司", "项目"),
                null,
                null,
                company,
                TestCodes.creditCode(),
                ProjectLevel.DISTRICT,
                ProjectStage.PRE_CONSTRUCTION,
                lead.row().expectedInvestment(),
                today,
                today.plusYears(2),
                leadOfficialId,
                null,
                null,
                lead.version());
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
}
