package cn.zhuanban.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.ticket.ReportCommand;
import cn.zhuanban.ticket.TicketCategory;
import cn.zhuanban.ticket.TicketSeverity;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The contact list's filters: each narrows the list in the database, all of them only within the user's scope, a
 * date range that ends before it starts is refused in the user's language, and the filters follow the pager.
 */
@IntegrationTest
class ContactLogFilterTests {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    private static final LocalDate MARCH_5 = LocalDate.of(2026, 3, 5);
    private static final LocalDate MARCH_10 = LocalDate.of(2026, 3, 10);

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
    CurrentUser officer;
    CurrentUser dispatch;
    long enterprise;
    long project;

    /** A fresh enterprise served by the demo task-force member's task force, which lead2 does not see. */
    @BeforeEach
    void setUp() {
        fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        officer = fx.user("taskforce");
        dispatch = fx.user("dispatch");
        enterprise = fx.enterprise();
        project = fx.project(enterprise, fx.taskForce(officer.id(), Set.of(), Set.of()));
    }

    @Test
    void theSearchTextFindsTheContentTheFollowUpThePersonAndTheEnterpriseName() {
        String token = TestCodes.unique("沟通检索");
        long inContent = record(ContactChannel.PHONE, MARCH_2, "张经理", "了解" + token + "进展", null, officer);
        long inFollowUp = record(ContactChannel.PHONE, MARCH_2, "张经理", "了解施工进度", "下周" + token, officer);
        long inPerson = record(ContactChannel.PHONE, MARCH_2, token + "主任", "了解施工进度", null, officer);
        record(ContactChannel.PHONE, MARCH_2, "张经理", "了解施工进度", null, officer);

        assertThat(ids(new ContactFilter(" " + token + " ", null, null, null, null, null, null), dispatch))
                .containsExactlyInAnyOrder(inContent, inFollowUp, inPerson);

        String enterpriseName = enterprises.namesOf(List.of(enterprise)).get(enterprise);
        assertThat(ids(new ContactFilter(enterpriseName, null, null, null, null, null, null), dispatch))
                .hasSize(4);
    }

    @Test
    void aPercentOrUnderscoreTypedIsSearchedAsItselfNotAsAWildcard() {
        String token = TestCodes.unique("完成");
        long percent = record(ContactChannel.PHONE, MARCH_2, null, token + "100%的土方", null, officer);
        record(ContactChannel.PHONE, MARCH_2, null, token + "1000方土方", null, officer);

        assertThat(ids(new ContactFilter(token + "100%", enterprise, null, null, null, null, null), dispatch))
                .containsExactly(percent);
        assertThat(ids(new ContactFilter(token + "_", enterprise, null, null, null, null, null), dispatch))
                .isEmpty();
    }

    @Test
    void theChannelTheStaffMemberAndTheTicketNarrowTheList() {
        long visit = record(ContactChannel.VISIT, MARCH_2, null, "现场走访", null, officer);
        long phone = record(ContactChannel.PHONE, MARCH_2, null, "电话沟通", null, officer);
        long byDispatch = record(ContactChannel.PHONE, MARCH_2, null, "调度办电话", null, dispatch);
        long ticketed = contacts.openTicket(
                phone,
                new ReportCommand(project, TicketCategory.POWER, "临时用电", "电话沟通", TicketSeverity.NORMAL),
                officer);
        assertThat(ticketed).isPositive();

        assertThat(ids(new ContactFilter(null, enterprise, ContactChannel.VISIT, null, null, null, null), dispatch))
                .containsExactly(visit);
        assertThat(ids(new ContactFilter(null, enterprise, null, dispatch.id(), null, null, null), dispatch))
                .containsExactly(byDispatch);
        assertThat(ids(new ContactFilter(null, enterprise, null, null, true, null, null), dispatch))
                .containsExactly(phone);
        assertThat(ids(new ContactFilter(null, enterprise, null, null, false, null, null), dispatch))
                .containsExactlyInAnyOrder(visit, byDispatch);
        assertThat(ids(
                        new ContactFilter(null, enterprise, ContactChannel.PHONE, officer.id(), false, null, null),
                        dispatch))
                .isEmpty();
        assertThat(contacts.staff(dispatch)).extracting(ContactStaff::userId).contains(officer.id(), dispatch.id());
    }

    @Test
    void theDateRangeHoldsBothEndDays() {
        long second = record(ContactChannel.PHONE, MARCH_2, null, "三月二日", null, officer);
        long fifth = record(ContactChannel.PHONE, MARCH_5, null, "三月五日", null, officer);
        long tenth = record(ContactChannel.PHONE, MARCH_10, null, "三月十日", null, officer);

        assertThat(ids(new ContactFilter(null, enterprise, null, null, null, MARCH_5, MARCH_10), dispatch))
                .containsExactly(tenth, fifth);
        assertThat(ids(new ContactFilter(null, enterprise, null, null, null, null, MARCH_5), dispatch))
                .containsExactly(fifth, second);
        assertThat(ids(new ContactFilter(null, enterprise, null, null, null, MARCH_5, MARCH_5), dispatch))
                .containsExactly(fifth);
    }

    @Test
    void filtersNeverReachContactsOutsideTheUsersScope() {
        String token = TestCodes.unique("范围");
        long mine = record(ContactChannel.VISIT, MARCH_5, null, token, null, officer);
        ContactFilter everything =
                new ContactFilter(token, enterprise, ContactChannel.VISIT, officer.id(), false, MARCH_2, MARCH_10);

        assertThat(ids(everything, officer)).containsExactly(mine);
        assertThat(ids(everything, fx.user("lead2"))).isEmpty();
        assertThat(ids(new ContactFilter(token, null, null, null, null, null, null), fx.user("lead2")))
                .isEmpty();
    }

    @Test
    void aRangeEndingBeforeItStartsIsRefusedWithAChineseMessage() throws Exception {
        assertThatThrownBy(() -> contacts.search(
                        new ContactFilter(null, null, null, null, null, MARCH_10, MARCH_5),
                        dispatch,
                        new PageQuery(0, 20)))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.CONTACT_DATE_RANGE));

        var session = WebTestSupport.login(mvc, "dispatch");
        mvc.perform(get("/contacts")
                        .param("from", "2026-03-10")
                        .param("to", "2026-03-05")
                        .session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("开始日期 2026-03-10 晚于结束日期 2026-03-05")))
                .andExpect(content().string(Matchers.containsString("is-invalid")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"contact-export\""))));
        mvc.perform(get("/contacts/export")
                        .param("from", "2026-03-10")
                        .param("to", "2026-03-05")
                        .session(session))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("开始日期 2026-03-10 晚于结束日期 2026-03-05")));
        // a date that is no date (a hand-edited link) is named too, instead of an error page
        mvc.perform(get("/contacts").param("from", "2026-02-30").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"contact-filter-error\"")));
    }

    @Test
    void theFiltersStayOnTheNextPageAndInTheExportLink() throws Exception {
        String token = TestCodes.unique("翻页");
        for (int i = 0; i < 31; i++) { // a page of the list holds 30
            record(ContactChannel.MEETING, MARCH_5, null, token + i, null, officer);
        }
        var session = WebTestSupport.login(mvc, "dispatch");
        String query = "q=" + token + "&enterpriseId=" + enterprise + "&channel=MEETING&ticketed=false"
                + "&staffUserId=" + officer.id() + "&from=2026-03-01&to=2026-03-31";
        String first = mvc.perform(get("/contacts?" + query).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(first).contains("page=1").contains("channel=MEETING");
        String export = first.replaceAll("(?s).*id=\"contact-export\" href=\"([^\"]*)\".*", "$1");
        assertThat(export)
                .startsWith("/contacts/export?")
                .contains("channel=MEETING", "ticketed=false", "staffUserId=" + officer.id(), "to=2026-03-31");
        String next =
                first.replaceAll("(?s).*href=\"\\?([^\"]*page=1)\".*", "$1").replace("&amp;", "&");
        assertThat(next).contains("channel=MEETING", "ticketed=false", "from=2026-03-01", "to=2026-03-31");
        var nextPage = get("/contacts").session(session);
        for (String pair : next.split("&")) {
            String[] nameValue = pair.split("=", 2);
            nextPage.param(decode(nameValue[0]), decode(nameValue[1]));
        }
        String second = mvc.perform(nextPage)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(second).contains(token).doesNotContain("page=1\"");
        assertThat(second).containsPattern("value=\"MEETING\"\\s+selected");
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private long record(
            ContactChannel channel, LocalDate on, String person, String content, String followUp, CurrentUser by) {
        return contacts.record(new ContactForm(enterprise, project, channel, on, person, content, followUp), by);
    }

    private List<Long> ids(ContactFilter filter, CurrentUser user) {
        return contacts.search(filter, user, new PageQuery(0, PageQuery.MAX_SIZE)).content().stream()
                .map(ContactView::id)
                .toList();
    }
}
