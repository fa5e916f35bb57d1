package cn.zhuanban.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.CustomRoleAccounts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseForm;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.RoleManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.talent.TalentCommands.DemandForm;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The demand boxes of the recruitment event form list a page of the open demands and a search box reaches the rest,
 * keeping the ticked ones: a district has more open demands than a page, and one left off could not be attached.
 */
@IntegrationTest
class TalentDemandPickerTests {

    static final CurrentUser STAFF = TalentDataScopeTests.STAFF;

    /** Open demands the form lists before anyone searches (EventDemandChoices.PAGE). */
    static final int PAGE = 30;

    @Autowired
    MockMvc mvc;

    @Autowired
    TalentManagement talent;

    @Autowired
    RecruitmentManagement recruitment;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    RoleManagement roles;

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    final String position = TestCodes.unique("远期岗位<i>");

    @Test
    void aDemandPastTheFirstPageIsFoundBySearchAndAttachedToAnEvent() throws Exception {
        long enterprise = enterprise();
        long wanted = demand(enterprise, position + "甲");
        long ticked = demand(enterprise, TestCodes.unique("另一岗位"));
        String sooner = insertSoonerDemands(enterprise, PAGE + 1);
        try {
            MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
            assertThat(page(get("/talent/events/new").session(dispatch)))
                    .doesNotContain("name=\"demandIds\" value=\"" + wanted + "\"")
                    .contains("name=\"demandIds\"")
                    .contains("name=\"demandQ\"")
                    .contains("hx-get=\"/talent/events/demand-choices\"")
                    .contains("这里列出 " + PAGE + " 项");

            String found = page(get("/talent/events/demand-choices")
                    .session(dispatch)
                    .param("demandQ", position)
                    .param("demandIds", Long.toString(ticked)));
            assertThat(found)
                    .contains("name=\"demandIds\" value=\"" + wanted + "\">")
                    .contains(position.replace("<i>", "&lt;i&gt;") + "甲 · ")
                    .doesNotContain(sooner)
                    .doesNotContain("这里列出");
            // the ticked box survives the new list, ticked and first, though it does not match the words
            assertThat(found.indexOf("value=\"" + ticked + "\" checked"))
                    .isPositive()
                    .isLessThan(found.indexOf("value=\"" + wanted + "\""));

            String name = TestCodes.unique("秋季招聘会");
            mvc.perform(post("/talent/events")
                            .session(dispatch)
                            .with(csrf())
                            .param("name", name)
                            .param("kind", "JOB_FAIR")
                            .param("heldOn", "2026-10-20")
                            .param("demandIds", Long.toString(ticked), Long.toString(wanted))
                            .param("version", "0"))
                    .andExpect(status().is3xxRedirection());
            long event = jdbc.queryForObject("select id from recruitment_event where name = ?", Long.class, name);
            assertThat(recruitment.event(STAFF, event).demandIds()).containsExactlyInAnyOrder(ticked, wanted);
            assertThat(page(get("/talent/events/" + event + "/edit").session(dispatch)))
                    .contains("value=\"" + wanted + "\" checked")
                    .contains("value=\"" + ticked + "\" checked");
        } finally {
            jdbc.update("delete from talent_demand where position like ?", sooner + "%");
        }
    }

    @Test
    void outsidersAreRefusedAndTheSearchKeepsToTheUsersScope() throws Exception {
        long own = enterprise();
        long ownDemand = demand(own, position + "甲");
        long foreignDemand = demand(enterprise(), position + "乙");
        for (String outsider : List.of("enterprise", "handler")) {
            mvc.perform(get("/talent/events/demand-choices")
                            .param("demandQ", position)
                            .session(WebTestSupport.login(mvc, outsider)))
                    .andExpect(status().isForbidden());
        }

        // whoever holds the permission but sees one enterprise's demands finds and keeps only those
        MockHttpSession contact = WebTestSupport.login(mvc, contactOf(own));
        String found = page(get("/talent/events/demand-choices")
                .session(contact)
                .param("demandQ", position)
                .param("demandIds", Long.toString(foreignDemand)));
        assertThat(found).contains("value=\"" + ownDemand + "\"").doesNotContain("value=\"" + foreignDemand + "\"");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long enterprise() {
        return enterprises
                .register(new EnterpriseForm(
                        TestCodes.unique("用人企业"), TestCodes.creditCode(), null, null, null, null, null, null, null))
                .id();
    }

    /** An open demand needed far in the future, so the open demands needed sooner come before it. */
    private long demand(long enterprise, String position) {
        return talent.createDemand(
                STAFF,
                new DemandForm(
                        enterprise,
                        null,
                        position,
                        2,
                        Education.BACHELOR,
                        "化学工程",
                        1,
                        null,
                        null,
                        Urgency.NORMAL,
                        LocalDate.of(2099, 12, 31),
                        null,
                        null,
                        0));
    }

    /** Open demands needed sooner than any the tests enter, with positions starting with the returned prefix. */
    private String insertSoonerDemands(long enterprise, int count) {
        String prefix = TestCodes.unique("近期岗位");
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate(
                "insert into talent_demand (enterprise_id, position, headcount, education, discipline, urgency,"
                        + " needed_by, status, created_at, updated_at)"
                        + " values (?, ?, 1, 'BACHELOR', '化学', 'NORMAL', ?, 'OPEN', ?, ?)",
                IntStream.range(0, count)
                        .mapToObj(i -> new Object[] {
                            enterprise, "%s-%03d".formatted(prefix, i), java.sql.Date.valueOf("2026-01-01"), now, now
                        })
                        .toList());
        return prefix;
    }

    /**
     * A fresh account of the enterprise's, data scope ENTERPRISE, that may nevertheless edit events: such a grant is
     * refused now, but one made before still meets the scope.
     */
    private String contactOf(long enterprise) {
        return new CustomRoleAccounts(roles, identity, directory)
                .createBeforeEnterpriseRule(
                        JdbcClient.create(jdbc),
                        enterprise,
                        Set.of(Permissions.TALENT_CANDIDATE_EDIT, Permissions.TALENT_DEMAND_VIEW));
    }
}
