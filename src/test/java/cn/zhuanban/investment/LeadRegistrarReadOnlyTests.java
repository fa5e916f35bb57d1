package cn.zhuanban.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserView;
import cn.zhuanban.investment.InvestmentCommands.LeadForm;
import cn.zhuanban.investment.InvestmentCommands.StageMove;
import cn.zhuanban.investment.InvestmentViews.LeadView;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A lead official who registers a lead and hands it over keeps it in sight, read-only: the page offers him no edit,
 * move, contract or follow-up, the server refuses them (403, in Chinese), and his workbench does not count it as his.
 * Whoever is responsible now still changes it.
 */
@IntegrationTest
class LeadRegistrarReadOnlyTests {

    private static final String REFUSAL = "只有当前负责人可以修改";

    @Autowired
    MockMvc mvc;

    @Autowired
    InvestmentManagement investment;

    @Autowired
    UserDirectory directory;

    @Autowired
    Clock clock;

    @Test
    void theRegistrarSeesALeadHandedOverWithoutAnyFormToChangeIt() throws Exception {
        String company = TestCodes.unique("移交只读企业");
        long id = investment.createLead(
                staff("lead"), form(company, user("dispatch").id(), today()));

        String asRegistrar = WebTestSupport.page(mvc, "lead", "/investment/leads/" + id);
        assertThat(asRegistrar)
                .contains(company, "id=\"lead-read-only\"")
                .doesNotContain("id=\"lead-edit\"", "id=\"move-form\"", "id=\"follow-up-form\"");

        String asOwner = WebTestSupport.page(mvc, "dispatch", "/investment/leads/" + id);
        assertThat(asOwner)
                .contains("id=\"lead-edit\"", "id=\"move-form\"", "id=\"follow-up-form\"")
                .doesNotContain("id=\"lead-read-only\"");
    }

    @Test
    void theServerRefusesTheRegistrarsChangesWithA403AndLetsTheOwnerMakeThem() throws Exception {
        String company = TestCodes.unique("移交拒改企业");
        long id = investment.createLead(
                staff("lead"), form(company, user("dispatch").id(), today()));
        int version = investment.lead(staff("dispatch"), id).version();
        MockHttpSession registrar = WebTestSupport.login(mvc, "lead");

        String editForm = mvc.perform(get("/investment/leads/" + id + "/edit").session(registrar))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(editForm).contains(REFUSAL);
        String edit = mvc.perform(post("/investment/leads/" + id)
                        .param("targetCompany", company + "改")
                        .param("channel", "CHAIN")
                        .param("ownerId", Long.toString(user("lead").id()))
                        .param("version", Integer.toString(version))
                        .session(registrar)
                        .with(csrf()))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(edit).contains(REFUSAL);
        mvc.perform(post("/investment/leads/" + id + "/move")
                        .param("target", "TERMINATED")
                        .param("on", today().toString())
                        .param("note", "登记人想终止")
                        .param("version", Integer.toString(version))
                        .session(registrar)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/investment/leads/" + id + "/follow-ups")
                        .param("kind", FollowUpKind.values()[0].name())
                        .param("happenedOn", today().toString())
                        .param("summary", "登记人的跟进")
                        .session(registrar)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        // The API's path, the service, refuses too.
        assertThatThrownBy(() ->
                        investment.move(staff("lead"), id, new StageMove(LeadStage.CONTACTED, today(), null, version)))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.LEAD_READ_ONLY));

        LeadView unchanged = investment.lead(staff("dispatch"), id);
        assertThat(unchanged.row().targetCompany()).isEqualTo(company);
        assertThat(unchanged.stage()).isEqualTo(LeadStage.LEAD);
        assertThat(unchanged.version()).isEqualTo(version);

        mvc.perform(post("/investment/leads/" + id + "/move")
                        .param("target", "CONTACTED")
                        .param("on", today().toString())
                        .param("version", Integer.toString(version))
                        .session(WebTestSupport.login(mvc, "dispatch"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(investment.lead(staff("dispatch"), id).stage()).isEqualTo(LeadStage.CONTACTED);
    }

    @Test
    void theRegistrarsWorkbenchCountsOnlyTheStaleLeadsHeIsResponsibleFor() throws Exception {
        CurrentUser official = staff("lead");
        LocalDate longAgo = today().minusMonths(3);
        int before = staleCard();

        investment.createLead(
                official, form(TestCodes.unique("移交久未跟进"), user("dispatch").id(), longAgo));
        assertThat(staleCard()).isEqualTo(before);

        investment.createLead(official, form(TestCodes.unique("自留久未跟进"), official.id(), longAgo));
        assertThat(staleCard()).isEqualTo(before + 1);

        // The card's link lists as many leads as it counts.
        String workbench = WebTestSupport.page(mvc, "lead", "/");
        Matcher card = card(workbench);
        assertThat(card.find()).isTrue();
        String list = WebTestSupport.page(mvc, "lead", card.group(1).replace("&amp;", "&"));
        Matcher total = Pattern.compile("共 (\\d+) 条").matcher(list);
        assertThat(total.find()).isTrue();
        assertThat(total.group(1)).isEqualTo(card.group(2));
    }

    /** The 久未跟进的招商线索 card's count on the lead official's workbench. */
    private int staleCard() throws Exception {
        String workbench = WebTestSupport.page(mvc, "lead", "/");
        Matcher card = card(workbench);
        if (card.find()) {
            return Integer.parseInt(card.group(2));
        }
        // a card with nothing to count is named on the workbench's one line of quiet items instead
        assertThat(workbench.substring(workbench.indexOf("id=\"workbench-quiet\"")))
                .contains("久未跟进的招商线索");
        return 0;
    }

    private static Matcher card(String workbench) {
        return Pattern.compile("久未跟进的招商线索</div>[\\s\\S]*?<a[^>]*href=\"([^\"]+)\"[^>]*>(\\d+)</a>")
                .matcher(workbench);
    }

    private static LeadForm form(String company, long ownerId, LocalDate receivedOn) {
        return new LeadForm(
                company,
                LeadChannel.CHAIN,
                null,
                null,
                null,
                null,
                null,
                null,
                ownerId,
                null,
                null,
                null,
                receivedOn,
                0);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private UserView user(String username) {
        return directory.findByUsername(username).orElseThrow();
    }

    /** The user with their own data scope (the service checks scope; the pages check permissions). */
    private CurrentUser staff(String username) {
        UserView u = user(username);
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
