package cn.zhuanban.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.talent.TalentCommands.EventForm;
import cn.zhuanban.talent.TalentCommands.ServiceForm;
import cn.zhuanban.talent.TalentViews.ServiceView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Recruitment events and talent services are edited on their own pages: validated, audited, staff only. */
@IntegrationTest
class RecruitmentEditPagesTests {

    static final CurrentUser STAFF = TalentDataScopeTests.STAFF;

    @Autowired
    MockMvc mvc;

    @Autowired
    RecruitmentManagement recruitment;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    Clock clock;

    @Test
    void aRecruitmentEventIsEditedOnItsPageAndTheChangeIsAudited() throws Exception {
        String name = TestCodes.unique("校园招聘");
        long id = recruitment.createEvent(STAFF, event(name, List.of()));
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");

        mvc.perform(get("/talent/events/" + id + "/edit").session(dispatch))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"" + name + "\"")));
        mvc.perform(post("/talent/events/" + id)
                        .session(dispatch)
                        .with(csrf())
                        .param("name", name + "二场")
                        .param("kind", "CAMPUS")
                        .param("heldOn", "2026-10-20")
                        .param("attendees", "150")
                        .param(
                                "version",
                                Integer.toString(recruitment.event(STAFF, id).version())))
                .andExpect(status().is3xxRedirection());

        assertThat(recruitment.event(STAFF, id).name()).isEqualTo(name + "二场");
        assertThat(recruitment.event(STAFF, id).attendees()).isEqualTo(150);
        AuditTrail.awaitRecord(jdbc, "talent.event.updated", Long.toString(id), null);
    }

    @Test
    void aBlankNameOrAnUnknownDemandShowsTheFormAgainWithTheMessage() throws Exception {
        long id = recruitment.createEvent(STAFF, event(TestCodes.unique("招聘会"), List.of()));
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");

        mvc.perform(post("/talent/events/" + id)
                        .session(dispatch)
                        .with(csrf())
                        .param("name", "")
                        .param("kind", "JOB_FAIR")
                        .param("heldOn", "2026-10-20")
                        .param(
                                "version",
                                Integer.toString(recruitment.event(STAFF, id).version())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("is-invalid")));
        mvc.perform(post("/talent/events/" + id)
                        .session(dispatch)
                        .with(csrf())
                        .param("name", "招聘会")
                        .param("kind", "JOB_FAIR")
                        .param("heldOn", "2026-10-20")
                        .param("demandIds", "987654321")
                        .param(
                                "version",
                                Integer.toString(recruitment.event(STAFF, id).version())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("invalid-feedback")));
        assertThat(recruitment.event(STAFF, id).demandIds()).isEmpty();
    }

    @Test
    void aTalentServiceIsEditedOnItsPageWithItsReferencesChecked() throws Exception {
        long owner = directory.findByUsername("dispatch").orElseThrow().id();
        String description = TestCodes.unique("人才公寓入住");
        long id = recruitment.openService(STAFF, service(owner, description, LocalDate.of(2026, 12, 31)));
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        // a deadline chosen on the form is a working day to come (ChosenDates)
        LocalDate deadline = calendar.administrative().addWorkingDays(LocalDate.now(clock), 20);

        mvc.perform(get("/talent/services/" + id + "/edit").session(dispatch))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(description)))
                .andExpect(
                        content().string(Matchers.containsString("<select class=\"form-select\" id=\"enterpriseId\"")))
                .andExpect(
                        content().string(Matchers.containsString("<select class=\"form-select\" id=\"candidateId\"")));
        mvc.perform(post("/talent/services/" + id)
                        .session(dispatch)
                        .with(csrf())
                        .param("kind", "HOUSING")
                        .param("ownerId", "987654321")
                        .param("deadline", deadline.toString())
                        .param("description", description)
                        .param(
                                "version",
                                Integer.toString(recruitment.service(STAFF, id).version())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("invalid-feedback")));
        mvc.perform(post("/talent/services/" + id)
                        .session(dispatch)
                        .with(csrf())
                        .param("kind", "HOUSING")
                        .param("ownerId", Long.toString(owner))
                        .param("deadline", deadline.toString())
                        .param("description", description + "（两居室）")
                        .param(
                                "version",
                                Integer.toString(recruitment.service(STAFF, id).version())))
                .andExpect(status().is3xxRedirection());

        ServiceView saved = recruitment.service(STAFF, id);
        assertThat(saved.deadline()).isEqualTo(deadline);
        assertThat(saved.description()).isEqualTo(description + "（两居室）");
        AuditTrail.awaitRecord(jdbc, "talent.service.updated", Long.toString(id), null);
    }

    @Test
    void eventsAndServicesAreStaffWork() throws Exception {
        long event = recruitment.createEvent(STAFF, event(TestCodes.unique("宣讲会"), List.of()));
        long owner = directory.findByUsername("dispatch").orElseThrow().id();
        long service = recruitment.openService(STAFF, service(owner, "子女入学", LocalDate.of(2026, 12, 31)));

        for (String user : List.of("enterprise", "lead")) {
            MockHttpSession session = WebTestSupport.login(mvc, user);
            mvc.perform(get("/talent/events/" + event + "/edit").session(session))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/talent/services/" + service + "/edit").session(session))
                    .andExpect(status().isForbidden());
        }
        CurrentUser contact = new CurrentUser(
                99, "contact", "企业联系人", null, 1L, DataScope.ENTERPRISE, Set.of(), Set.copyOf(Permissions.ALL));
        assertThatThrownBy(() -> recruitment.event(contact, event)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        recruitment.editService(contact, service, service(owner, "子女入学", LocalDate.of(2026, 12, 31))))
                .isInstanceOf(NotFoundException.class);
    }

    private static EventForm event(String name, List<Long> demands) {
        return new EventForm(name, EventKind.JOB_FAIR, LocalDate.of(2026, 10, 18), "人力资源市场", 100, 10, null, demands, 0);
    }

    private static ServiceForm service(long owner, String description, LocalDate deadline) {
        return new ServiceForm(ServiceKind.HOUSING, null, null, owner, deadline, description, 0);
    }
}
