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
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.ticket.ReportCommand;
import cn.zhuanban.ticket.TicketCategory;
import cn.zhuanban.ticket.TicketLists;
import cn.zhuanban.ticket.TicketSeverity;
import cn.zhuanban.ticket.TicketState;
import cn.zhuanban.ticket.TicketView;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

    @Autowired
    TicketLists tickets;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

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
        // on the books long before: only the contacts decide
        jdbc.sql("update enterprise set created_at = :at where id in (:ids)")
                .param("at", java.sql.Timestamp.valueOf("2025-01-02 00:00:00"))
                .param("ids", List.of(recent, old, never))
                .update();
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

    /**
     * An enterprise entered today has had no contact yet, but the threshold has not run for it: it read 从未 · 久未联系
     * on its first day. Counted from its entry, it turns stale only once the working days have passed.
     */
    @Test
    void aNewEnterpriseIsNotStaleBeforeTheThresholdHasRunSinceItWasEntered() throws Exception {
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
        long fresh = fx.enterprise();
        fx.project(fresh, taskForce);
        String name = enterprises.namesOf(List.of(fresh)).get(fresh);
        LocalDate today = LocalDate.now(clock);

        assertThat(contacts.statuses(fx.user("dispatch"), false, name, today, new PageQuery(0, 20))
                        .content())
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.lastContact()).isNull();
                    assertThat(s.stale()).isFalse();
                });
        assertThat(contacts.statuses(fx.user("dispatch"), true, name, today, new PageQuery(0, 20))
                        .content())
                .isEmpty();
        assertThat(WebTestSupport.page(mvc, "dispatch", "/contacts/enterprises?stale=true"))
                .doesNotContain(name);

        // thirty days on, still never contacted: now it is
        assertThat(contacts.statuses(fx.user("dispatch"), true, name, today.plusDays(30), new PageQuery(0, 20))
                        .content())
                .extracting(EnterpriseContactStatus::enterpriseId)
                .containsExactly(fresh);
    }

    @Test
    void theCoverageListSearchesEnterpriseNamesTakingWildcardsLiterallyAndItsExportFollows() throws Exception {
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
        long enterprise = fx.enterprise();
        fx.project(enterprise, taskForce);
        String name = enterprises.namesOf(List.of(enterprise)).get(enterprise);

        String page = WebTestSupport.page(mvc, "dispatch", "/contacts/enterprises?stale=false&q=" + name);
        assertThat(page)
                .contains(name, "id=\"contact-enterprises-search\"", "value=\"" + name + "\"")
                .contains("/contacts/enterprises/export?stale=false&amp;q=");
        assertThat(contacts.statuses(fx.user("dispatch"), false, name, LocalDate.now(clock), new PageQuery(0, 50))
                        .totalElements())
                .isEqualTo(1);
        assertThat(contacts.statuses(fx.user("dispatch"), false, name + "%", LocalDate.now(clock), new PageQuery(0, 50))
                        .content())
                .as("a typed %% is looked for as itself, not as any ending")
                .isEmpty();
        byte[] body = mvc.perform(get("/contacts/enterprises/export")
                        .param("stale", "false")
                        .param("q", name)
                        .session(WebTestSupport.login(mvc, "dispatch")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(1);
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo(name);
        }
    }

    @Test
    void contactsFollowTheProjectScope() {
        long enterprise = fx.enterprise();
        fx.project(enterprise, null);
        long id = contacts.record(entry(enterprise, LocalDate.of(2026, 1, 5)), fx.user("dispatch"));

        assertThat(contacts.find(id, fx.user("lead")).enterpriseId()).isEqualTo(enterprise);
        assertThatThrownBy(() -> contacts.find(id, fx.user("lead2"))).isInstanceOf(NotFoundException.class);
        assertThat(contacts.search(ContactFilter.ofEnterprise(enterprise), fx.user("lead2"), new PageQuery(0, 20))
                        .content())
                .isEmpty();
        assertThat(contacts.search(ContactFilter.ofEnterprise(enterprise), fx.user("lead"), new PageQuery(0, 20))
                        .content())
                .hasSize(1);
    }

    @Test
    void aContactDatedAfterTodayIsRefusedSayingWhy() throws Exception {
        long enterprise = fx.enterprise();
        fx.project(enterprise, fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of()));
        MockHttpSession session = WebTestSupport.login(mvc, "taskforce");
        LocalDate tomorrow = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1);
        mvc.perform(post("/contacts")
                        .session(session)
                        .with(csrf())
                        .param("enterpriseId", Long.toString(enterprise))
                        .param("channel", "VISIT")
                        .param("contactedOn", tomorrow.toString())
                        .param("content", "明天才去的走访"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("不能晚于今天（" + tomorrow.minusDays(1) + "）")));
        assertThat(contacts.search(ContactFilter.ofEnterprise(enterprise), fx.user("dispatch"), new PageQuery(0, 20))
                        .content())
                .isEmpty();
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

    @Test
    void theCoverageListDownloadsAsExcelWithEveryEnterpriseInScope() throws Exception {
        long enterprise = fx.enterprise();
        fx.project(enterprise, fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of()));
        contacts.record(
                new ContactForm(
                        enterprise, null, ContactChannel.PHONE, LocalDate.of(2026, 2, 3), "钱经理", "了解用工需求", null),
                fx.user("dispatch"));
        String name = enterprises.namesOf(List.of(enterprise)).get(enterprise);
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        assertThat(WebTestSupport.page(mvc, "dispatch", "/contacts/enterprises?stale=false"))
                .contains("/contacts/enterprises/export?stale=false");
        byte[] body = mvc.perform(
                        get("/contacts/enterprises/export?stale=false").session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum())
                    .isEqualTo(contacts.statuses(fx.user("dispatch"), false, LocalDate.now(), new PageQuery(0, 1))
                            .totalElements());
            var row = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                    .filter(r -> name.equals(r.getCell(0).getStringCellValue()))
                    .findFirst()
                    .orElseThrow();
            assertThat(row.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo("2026-02-03");
        }
    }

    @Test
    void oneClickTurnsAContactIntoATicketOnItsProjectAndLinksTheEntry() throws Exception {
        long enterprise = fx.enterprise();
        long project = fx.project(enterprise, fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of()));
        CurrentUser officer = fx.user("taskforce");
        long id = contacts.record(
                new ContactForm(
                        enterprise,
                        project,
                        ContactChannel.VISIT,
                        LocalDate.of(2026, 1, 6),
                        "孙总",
                        "企业反映临时用电报装进度慢",
                        "协调供电公司本周内现场踏勘"),
                officer);
        MockHttpSession session = WebTestSupport.login(mvc, "taskforce");
        mvc.perform(get("/contacts")
                        .param("enterpriseId", Long.toString(enterprise))
                        .session(session))
                .andExpect(content().string(Matchers.containsString("/contacts/" + id + "/ticket")));
        mvc.perform(get("/contacts/" + id + "/ticket").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("企业反映临时用电报装进度慢")))
                .andExpect(content().string(Matchers.containsString("协调供电公司本周内现场踏勘")))
                .andExpect(content()
                        .string(Matchers.matchesRegex("(?s).*<option value=\"" + project + "\"[^>]*selected.*")))
                .andExpect(content().string(Matchers.containsString("id=\"category\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/tickets/duplicates"))));
        // no category: the form comes back with the message beside the input, nothing reported
        mvc.perform(post("/contacts/" + id + "/ticket")
                        .session(session)
                        .with(csrf())
                        .param("projectId", Long.toString(project))
                        .param("title", "临时用电报装进度慢")
                        .param("description", "企业反映临时用电报装进度慢"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("is-invalid")));
        assertThat(contacts.find(id, officer).ticketId()).isNull();

        String location = mvc.perform(post("/contacts/" + id + "/ticket")
                        .session(session)
                        .with(csrf())
                        .param("projectId", Long.toString(project))
                        .param("category", "POWER")
                        .param("severity", "NORMAL")
                        .param("title", "临时用电报装进度慢")
                        .param("description", "企业反映临时用电报装进度慢"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Long ticket = contacts.find(id, officer).ticketId();
        assertThat(ticket).isNotNull();
        assertThat(location).isEqualTo("/tickets/" + ticket);
        TicketView t = tickets.find(ticket, fx.user("dispatch"));
        assertThat(t.projectId()).isEqualTo(project);
        assertThat(t.state()).isEqualTo(TicketState.REPORTED);
        assertThat(t.reporterId()).isEqualTo(officer.id());
        assertThat(t.category()).isEqualTo(TicketCategory.POWER);

        // the entry now leads to its ticket, and a second ticket is refused
        mvc.perform(get("/contacts/" + id + "/ticket").session(session)).andExpect(redirectedUrl("/tickets/" + ticket));
        ReportCommand again =
                new ReportCommand(project, TicketCategory.POWER, "再报一次", "企业反映临时用电报装进度慢", TicketSeverity.NORMAL);
        assertThatThrownBy(() -> contacts.openTicket(id, again, officer))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.CONTACT_TICKETED));

        // outside the scope the entry is not found and no ticket is reported
        long other = contacts.record(entry(enterprise, LocalDate.of(2026, 1, 7)), officer);
        assertThatThrownBy(() -> contacts.openTicket(other, again, fx.user("lead2")))
                .isInstanceOf(NotFoundException.class);
        assertThat(contacts.find(other, officer).ticketId()).isNull();
    }

    private static ContactForm entry(long enterprise, LocalDate on) {
        return new ContactForm(enterprise, null, ContactChannel.PHONE, on, "企业负责人", "电话了解施工进度", null);
    }
}
