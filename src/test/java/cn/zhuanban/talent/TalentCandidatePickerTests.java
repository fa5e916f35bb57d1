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
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.RoleManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.talent.TalentCommands.CandidateForm;
import cn.zhuanban.talent.TalentViews.CandidateView;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The candidate pick list of the talent service form offers a page of the pool and a search box that reaches the
 * rest: a district's pool grows past any page, and a candidate left off it could not be chosen at all.
 */
@IntegrationTest
class TalentCandidatePickerTests {

    static final CurrentUser STAFF = TalentDataScopeTests.STAFF;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    CandidatePool pool;

    @Autowired
    RecruitmentManagement recruitment;

    @Autowired
    UserDirectory directory;

    @Autowired
    RoleManagement roles;

    @Autowired
    IdentityManagement identity;

    @Autowired
    JdbcTemplate jdbc;

    final String name = TestCodes.unique("老候选人<b>");
    final String discipline = TestCodes.unique("精细化工");

    @Test
    void aCandidatePastTheFirstPageIsFoundBySearchAndSavedOnAService() throws Exception {
        long wanted = candidate(name, discipline);
        String newer = insertNewerCandidates(CandidatePool.CHOICES);
        try {
            MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
            String form = page(dispatch, "/talent/services/new");
            assertThat(candidateSelect(form))
                    .doesNotContain("value=\"" + wanted + "\"")
                    .contains(newer);
            assertThat(form)
                    .contains("name=\"candidateQ\"")
                    .contains("hx-get=\"/talent/candidates/choices\"")
                    .contains("hx-target=\"#candidateId\"");

            String option = "<option value=\"" + wanted + "\">" + name.replace("<b>", "&lt;b&gt;") + " · " + discipline
                    + "</option>";
            assertThat(choices(dispatch, name.substring(0, 12), null))
                    .contains(option)
                    .doesNotContain(newer);
            assertThat(choices(dispatch, discipline, null)).contains(option);

            String description = TestCodes.unique("人才公寓");
            mvc.perform(service(dispatch, description, Long.toString(wanted))).andExpect(status().is3xxRedirection());
            long id =
                    jdbc.queryForObject("select id from talent_service where description = ?", Long.class, description);
            assertThat(recruitment.service(STAFF, id).candidateId()).isEqualTo(wanted);
            assertThat(candidateSelect(page(dispatch, "/talent/services/" + id + "/edit")))
                    .contains("<option value=\"" + wanted + "\" selected");
            // the search box sends the chosen candidate along: it stays, chosen, whatever is searched
            assertThat(choices(dispatch, newer, wanted)).contains("<option value=\"" + wanted + "\" selected");
        } finally {
            jdbc.update("delete from talent_candidate where name like ?", newer + "%");
        }
    }

    @Test
    void theChosenCandidateIsCheckedOnSavingAndARefusalShowsTheFormAgain() throws Exception {
        long removed = candidate(TestCodes.unique("已删除"), discipline);
        pool.removeOnRequest(removed);
        assertThat(pool.choices(STAFF, null, null))
                .extracting(CandidateView::id)
                .doesNotContain(removed);

        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        for (String refused : List.of(Long.toString(removed), "987654321")) {
            String description = TestCodes.unique("子女入学");
            String page = mvc.perform(service(dispatch, description, refused))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page).contains("invalid-feedback").contains("id=\"candidateId\"");
            assertThat(jdbc.queryForObject(
                            "select count(*) from talent_service where description = ?", Long.class, description))
                    .isZero();
        }
    }

    @Test
    void outsidersAreRefusedAndWhoMayNotReadNamesFindsNoneByName() throws Exception {
        long wanted = candidate(name, discipline);
        for (String outsider : List.of("enterprise", "handler")) {
            mvc.perform(get("/talent/candidates/choices")
                            .param("candidateQ", discipline)
                            .session(WebTestSupport.login(mvc, outsider)))
                    .andExpect(status().isForbidden());
        }

        MockHttpSession numbersOnly = WebTestSupport.login(mvc, userWith(Permissions.TALENT_CANDIDATE_EDIT));
        assertThat(choices(numbersOnly, name.substring(0, 12), null)).doesNotContain("value=\"" + wanted + "\"");
        assertThat(choices(numbersOnly, discipline, null))
                .contains("value=\"" + wanted + "\">人才 #")
                .doesNotContain(name.substring(0, 4));
    }

    private MockHttpServletRequestBuilder service(MockHttpSession session, String description, String candidateId) {
        long owner = directory.findByUsername("dispatch").orElseThrow().id();
        return post("/talent/services")
                .session(session)
                .with(csrf())
                .param("kind", "HOUSING")
                .param("ownerId", Long.toString(owner))
                .param(
                        "deadline",
                        // a deadline chosen on the form is a working day to come (ChosenDates)
                        calendar.administrative()
                                .addWorkingDays(LocalDate.now(clock), 20)
                                .toString())
                .param("description", description)
                .param("candidateId", candidateId)
                .param("version", "0");
    }

    /** The options the search box beside the pick list loads for these words, the chosen candidate sent along. */
    private String choices(MockHttpSession session, String q, Long chosen) throws Exception {
        var request = get("/talent/candidates/choices").param("candidateQ", q).session(session);
        if (chosen != null) {
            request.param("candidateId", Long.toString(chosen));
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String candidateSelect(String form) {
        int start = form.indexOf("id=\"candidateId\"");
        return form.substring(start, form.indexOf("</select>", start));
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long candidate(String name, String discipline) {
        return pool.enter(new CandidateForm(
                name,
                "13800000002",
                null,
                Education.MASTER,
                discipline,
                "DCS",
                5,
                "示范区",
                false,
                true,
                LocalDate.of(2026, 3, 1),
                "招聘会现场书面同意",
                CandidateSource.JOB_FAIR,
                0));
    }

    /** Candidates entered after everyone else (a page's worth), named with the returned prefix. */
    private String insertNewerCandidates(int count) {
        String prefix = TestCodes.unique("新入库");
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate(
                "insert into talent_candidate (name, education, discipline, consent_to_contact, consent_on, source,"
                        + " created_at, updated_at) values (?, 'BACHELOR', '化学', true, ?, 'CAMPUS', ?, ?)",
                IntStream.range(0, count)
                        .mapToObj(i -> new Object[] {
                            "%s-%03d".formatted(prefix, i), java.sql.Date.valueOf("2026-03-01"), now, now
                        })
                        .toList());
        return prefix;
    }

    /** A fresh account whose only role holds exactly these permissions, with the demo password. */
    private String userWith(String... permissions) {
        return new CustomRoleAccounts(roles, identity, directory).create(DataScope.ALL, null, Set.of(permissions));
    }
}
