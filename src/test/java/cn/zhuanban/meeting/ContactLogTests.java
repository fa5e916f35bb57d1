package cn.zhuanban.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Quick entries, scopes, and the stale-contact flag counted in working days across the National Day holiday. */
@IntegrationTest
class ContactLogTests {

    private static final LocalDate TUESDAY_AFTER_NATIONAL_DAY = LocalDate.of(2025, 10, 14);

    @Autowired
    MockMvc mvc;

    @Autowired
    ContactLogManagement contacts;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    UserDirectory directory;

    ServiceFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
    }

    @Test
    void enterpriseIsFlaggedToItsChiefServiceOfficerAfterTenWorkingDaysNotCalendarDays() {
        long officer = fx.userId("taskforce");
        long taskForce = fx.taskForce(officer, Set.of(), Set.of());
        long recent = fx.enterprise();
        long old = fx.enterprise();
        long never = fx.enterprise();
        for (long e : List.of(recent, old, never)) {
            fx.project(e, taskForce);
        }
        // 9-25 → 10-14 is 19 calendar days but only 9 working days (holiday 10-1..10-8, make-up 9-28 and 10-11).
        contacts.record(entry(recent, LocalDate.of(2025, 9, 25)), fx.user("taskforce"));
        contacts.record(entry(old, LocalDate.of(2025, 9, 24)), fx.user("taskforce"));

        var stale = contacts.staleForOfficer(officer, TUESDAY_AFTER_NATIONAL_DAY, new PageQuery(0, PageQuery.MAX_SIZE))
                .content();
        assertThat(stale)
                .extracting(EnterpriseContactStatus::enterpriseId)
                .contains(old, never)
                .doesNotContain(recent);
        assertThat(stale)
                .filteredOn(s -> s.enterpriseId() == old)
                .singleElement()
                .extracting(EnterpriseContactStatus::workingDaysSince)
                .isEqualTo(10);
        assertThat(contacts.staleForOfficer(fx.userId("lead2"), TUESDAY_AFTER_NATIONAL_DAY, new PageQuery(0, 200))
                        .content())
                .extracting(EnterpriseContactStatus::enterpriseId)
                .doesNotContain(old, never);

        var all = contacts.statuses(fx.user("dispatch"), false, TUESDAY_AFTER_NATIONAL_DAY, new PageQuery(0, 200));
        assertThat(all.content())
                .filteredOn(s -> s.enterpriseId() == recent)
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.lastContact()).isEqualTo(LocalDate.of(2025, 9, 25));
                    assertThat(s.workingDaysSince()).isEqualTo(9);
                    assertThat(s.stale()).isFalse();
                });
    }

    @Test
    void contactsFollowTheProjectScope() {
        long enterprise = fx.enterprise();
        fx.project(enterprise, null);
        long id = contacts.record(entry(enterprise, LocalDate.of(2026, 1, 5)), fx.user("dispatch"));

        assertThat(contacts.find(id, fx.user("lead")).enterpriseId()).isEqualTo(enterprise);
        assertThatThrownBy(() -> contacts.find(id, fx.user("lead2"))).isInstanceOf(NotFoundException.class);
        assertThat(contacts.search(enterprise, fx.user("lead2"), new PageQuery(0, 20))
                        .content())
                .isEmpty();
        assertThat(contacts.search(enterprise, fx.user("lead"), new PageQuery(0, 20))
                        .content())
                .hasSize(1);
    }

    @Test
    void quickEntryFromThePhoneFormShowsAsTheLastContact() throws Exception {
        long enterprise = fx.enterprise();
        fx.project(enterprise, fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of()));
        MockHttpSession session = WebTestSupport.login(mvc, "taskforce");
        mvc.perform(get("/contacts/new")
                        .param("enterpriseId", Long.toString(enterprise))
                        .session(session))
                .andExpect(status().isOk());
        mvc.perform(post("/contacts")
                        .session(session)
                        .with(csrf())
                        .param("enterpriseId", Long.toString(enterprise))
                        .param("channel", "VISIT")
                        .param("contactedOn", "2026-01-06")
                        .param("contactPerson", "孙总")
                        .param("content", "企业反映临时用电报装进度慢")
                        .param("followUp", "协调供电公司本周内现场踏勘"))
                .andExpect(redirectedUrl("/contacts?enterpriseId=" + enterprise));
        mvc.perform(get("/contacts")
                        .param("enterpriseId", Long.toString(enterprise))
                        .session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("企业反映临时用电报装进度慢")))
                .andExpect(content().string(Matchers.containsString("2026-01-06")));
        mvc.perform(get("/contacts/enterprises").session(session)).andExpect(status().isOk());
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
    }

    private static ContactForm entry(long enterprise, LocalDate on) {
        return new ContactForm(enterprise, null, ContactChannel.PHONE, on, "企业负责人", "电话了解施工进度", null);
    }
}
