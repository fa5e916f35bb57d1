package cn.zhuanban.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.BearerTokens;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.dashboard.WorkbenchItem;
import cn.zhuanban.dashboard.WorkbenchSource;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserView;
import cn.zhuanban.investment.InvestmentCommands.LeadForm;
import cn.zhuanban.investment.InvestmentViews.LeadFilter;
import cn.zhuanban.shared.PageQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The registrar of a lead handed over reads it only: the API lists him no stage moves (each would be refused,
 * LEAD_READ_ONLY) while the owner gets them; and the workbench's lead cards link to the ledger narrowed to the leads
 * they counted, also for a department-scoped user, who otherwise would see there the leads he registered elsewhere.
 */
@IntegrationTest
class LeadRegistrarMovesAndLinksTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    InvestmentManagement investment;

    @Autowired
    UserDirectory directory;

    @Autowired
    List<WorkbenchSource> workbench;

    @Autowired
    Clock clock;

    @Test
    void theApiListsTheRegistrarNoMovesOnALeadHandedOverAndTheOwnerHisMoves() throws Exception {
        String company = TestCodes.unique("移交无动作企业");
        long id = investment.createLead(
                staff("lead", DataScope.LED_PROJECTS),
                form(company, user("dispatch").id(), today()));

        mvc.perform(get("/api/v1/investment/leads/" + id).header("Authorization", BearerTokens.of(mvc, "lead")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targetCompany").value(company))
                .andExpect(jsonPath("$.nextStages", Matchers.empty()));
        mvc.perform(get("/api/v1/investment/leads/" + id).header("Authorization", BearerTokens.of(mvc, "dispatch")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nextStages", Matchers.contains("CONTACTED", "TERMINATED")));
        // The page offers the registrar no move either.
        assertThat(WebTestSupport.page(mvc, "lead", "/investment/leads/" + id)).doesNotContain("id=\"move-form\"");
    }

    @Test
    void aDepartmentUsersStaleCardLinksToTheLeadsItCountsNotThoseHeOnlyRegistered() {
        // A custom role: a department's user who works leads (the built-in handler only reads them).
        CurrentUser worker = staff("handler", DataScope.DEPARTMENT);
        LocalDate longAgo = today().minusMonths(3);
        String registered = TestCodes.unique("部门移交久未跟进");
        investment.createLead(worker, form(registered, user("dispatch").id(), longAgo));
        String own = TestCodes.unique("部门自留久未跟进");
        investment.createLead(worker, form(own, worker.id(), longAgo));

        WorkbenchItem card = workbench.stream()
                .flatMap(s -> s.itemsFor(worker).stream())
                .filter(i -> i.titleKey().equals("workbench.stale-leads"))
                .findFirst()
                .orElseThrow();
        assertThat(card.link()).isEqualTo("/investment/leads?stale=true&working=true");
        // The ledger with the link's filter counts as the card; without working=true it adds the lead he handed over.
        assertThat(investment
                        .leads(worker, staleWorking(null), new PageQuery(0, 1))
                        .totalElements())
                .isEqualTo(card.count());
        assertThat(investment
                        .leads(worker, staleWorking(registered), new PageQuery(0, 1))
                        .totalElements())
                .isZero();
        assertThat(investment
                        .leads(worker, staleWorking(own), new PageQuery(0, 1))
                        .totalElements())
                .isOne();
        assertThat(investment
                        .leads(worker, LeadFilter.matching(registered), new PageQuery(0, 1))
                        .totalElements())
                .isOne();
    }

    @Test
    void theLedgerTakesWorkingFromTheLinkAndDropsTheLeadsHandedOver() throws Exception {
        CurrentUser official = staff("lead", DataScope.LED_PROJECTS);
        String tag = TestCodes.unique("经办筛选");
        investment.createLead(official, form(tag + "移交", user("dispatch").id(), today()));
        investment.createLead(official, form(tag + "自留", official.id(), today()));

        assertThat(WebTestSupport.page(mvc, "lead", "/investment/leads?q=" + tag))
                .contains(tag + "移交", tag + "自留");
        assertThat(WebTestSupport.page(mvc, "lead", "/investment/leads?working=true&q=" + tag))
                .contains(tag + "自留", "id=\"lead-working\"")
                .doesNotContain(tag + "移交");
    }

    private static LeadFilter staleWorking(String q) {
        return new LeadFilter(q, null, null, null, null, null, null, true, null, null, null, null, null, null, true);
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

    /** The user in the given data scope, with every permission (the service checks scope; pages check permissions). */
    private CurrentUser staff(String username, DataScope scope) {
        UserView u = user(username);
        return new CurrentUser(
                u.id(),
                u.username(),
                u.fullName(),
                u.departmentId(),
                u.enterpriseId(),
                scope,
                Set.copyOf(u.roles()),
                Set.copyOf(Permissions.ALL));
    }
}
