package cn.zhuanban.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.BearerTokens;
import cn.zhuanban.HtmlParts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserView;
import cn.zhuanban.investment.InvestmentCommands.StageMove;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * domain.md §7: a signed lead becomes a key project, and registered / started / in production are the project's
 * stages. A lead that has not been converted stops at SIGNED (service, API, lead page) and is shown as waiting for
 * conversion; a converted lead may be moved by hand only as far as its project has come.
 */
@IntegrationTest
class LeadPastSigningTests {

    @Autowired
    InvestmentManagement investment;

    @Autowired
    LeadConversion conversion;

    @Autowired
    UserDirectory directory;

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @Test
    void aSignedLeadWithoutAKeyProjectCannotMoveOnButMayStillBeTerminated() {
        CurrentUser dispatch = dispatch();
        long lead = signed(dispatch, TestCodes.unique("未转项目企业"));

        for (LeadStage target : List.of(LeadStage.REGISTERED, LeadStage.STARTED, LeadStage.IN_PRODUCTION)) {
            assertThatThrownBy(() -> move(dispatch, lead, target, null))
                    .isInstanceOfSatisfying(
                            BusinessException.class,
                            e -> assertThat(e.errorCode())
                                    .isIn(ErrorCode.LEAD_NOT_CONVERTED, ErrorCode.LEAD_STAGE_MOVE));
        }
        assertThatThrownBy(() -> move(dispatch, lead, LeadStage.REGISTERED, null))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.LEAD_NOT_CONVERTED));
        assertThat(investment.lead(dispatch, lead).stage()).isEqualTo(LeadStage.SIGNED);
        assertThat(investment.movesByHand(dispatch, investment.lead(dispatch, lead)))
                .containsExactly(LeadStage.TERMINATED);

        move(dispatch, lead, LeadStage.TERMINATED, "投资方撤回");
        assertThat(investment.lead(dispatch, lead).stage()).isEqualTo(LeadStage.TERMINATED);
    }

    @Test
    void theApiRefusesAMovePastSigningWithAConflictThatSaysToConvertFirst() throws Exception {
        String token = BearerTokens.of(mvc, "dispatch");
        long lead = signed(dispatch(), TestCodes.unique("接口未转项目企业"));

        mvc.perform(post("/api/v1/investment/leads/" + lead + "/moves")
                        .header("Authorization", token)
                        .header("Accept-Language", "zh-CN")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"target\": \"REGISTERED\", \"on\": \"" + today() + "\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("investment.not-converted"))
                .andExpect(jsonPath("$.field").value("target"))
                .andExpect(jsonPath("$.detail", Matchers.containsString("请先在线索页点“转为重点项目”")))
                .andExpect(jsonPath("$.detail", Matchers.containsString("“注册落地”")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/api/v1/investment/leads/" + lead)
                        .header("Authorization", token))
                .andExpect(jsonPath("$.stage").value("SIGNED"))
                .andExpect(jsonPath("$.projectId").doesNotExist())
                .andExpect(jsonPath("$.nextStages", Matchers.contains("TERMINATED")));
    }

    @Test
    void theLeadPageAsksForTheConversionAndRefusesTheMoveWithTheReason() throws Exception {
        String company = TestCodes.unique("页面未转项目企业");
        long lead = signed(dispatch(), company);

        String page = WebTestSupport.page(mvc, "dispatch", "/investment/leads/" + lead);
        assertThat(page).contains("id=\"awaiting-conversion\"", "待转重点项目", "id=\"create-project\"");
        assertThat(HtmlParts.form(page, "move-form"))
                .contains("value=\"TERMINATED\"")
                .doesNotContain("value=\"REGISTERED\"");

        String refused = mvc.perform(post("/investment/leads/" + lead + "/move")
                        .param("target", "REGISTERED")
                        .param("on", today().toString())
                        .param(
                                "version",
                                Integer.toString(
                                        investment.lead(dispatch(), lead).version()))
                        .session(WebTestSupport.login(mvc, "dispatch"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("该线索尚未转为重点项目，不能推进到“注册落地”");
        assertThat(investment.lead(dispatch(), lead).stage()).isEqualTo(LeadStage.SIGNED);

        assertThat(WebTestSupport.page(mvc, "dispatch", "/investment/leads?awaitingConversion=true&q=" + company))
                .contains("href=\"/investment/leads/" + lead + "\"", "badge bg-red-lt awaiting-conversion");
        assertThat(WebTestSupport.page(mvc, "dispatch", "/"))
                .contains("签约待转重点项目的线索", "/investment/leads?awaitingConversion=true");
    }

    @Test
    void aConvertedLeadLeavesTheWaitingListAndMovesByHandOnlyAsFarAsItsProject() throws Exception {
        CurrentUser dispatch = dispatch();
        String company = TestCodes.unique("已转项目企业");
        long lead = signed(dispatch, company);
        conversion.createKeyProject(
                dispatch,
                lead,
                keyProject(company, investment.lead(dispatch, lead).version()));

        // The project is only planned (the sync leaves the lead signed): the lead cannot be registered ahead of it.
        assertThat(investment.movesByHand(dispatch, investment.lead(dispatch, lead)))
                .containsExactly(LeadStage.TERMINATED);
        assertThatThrownBy(() -> move(dispatch, lead, LeadStage.REGISTERED, null))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.LEAD_AHEAD_OF_PROJECT));

        String page = WebTestSupport.page(mvc, "dispatch", "/investment/leads/" + lead);
        assertThat(page).doesNotContain("id=\"awaiting-conversion\"");
        assertThat(WebTestSupport.page(mvc, "dispatch", "/investment/leads?awaitingConversion=true&q=" + company))
                .doesNotContain("href=\"/investment/leads/" + lead + "\"");
    }

    private long signed(CurrentUser user, String company) {
        return SignedLeads.signedOn(investment, user, company, today());
    }

    private void move(CurrentUser user, long lead, LeadStage target, String note) {
        investment.move(
                user,
                lead,
                new StageMove(target, today(), note, investment.lead(user, lead).version()));
    }

    private KeyProjectForm keyProject(String name, int leadVersion) {
        return new KeyProjectForm(
                name + "项目",
                null,
                null,
                name,
                TestCodes.creditCode(),
                ProjectLevel.DISTRICT,
                ProjectStage.PLANNED,
                new BigDecimal("20000"),
                today(),
                today().plusYears(2),
                null,
                null,
                "示范区",
                leadVersion);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private CurrentUser dispatch() {
        UserView u = directory.findByUsername("dispatch").orElseThrow();
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
