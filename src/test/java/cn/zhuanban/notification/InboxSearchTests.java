package cn.zhuanban.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.BuiltinRoles;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The inbox searches its notices by what they say: the notice's wording or what it names. */
@IntegrationTest
class InboxSearchTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    NotificationManagement notifications;

    @Test
    void theInboxFindsANoticeByTheTicketItNamesOrByItsWording() throws Exception {
        NotificationFixtures fixtures = new NotificationFixtures(context);
        long user = fixtures.user(BuiltinRoles.DEPARTMENT_HANDLER, fixtures.department());
        notifications.notify(
                List.of(user), "notification.ticket.assigned", List.of("园区停电"), "/tickets/41", "test:search:1:" + user);
        notifications.notify(
                List.of(user), "notification.ticket.card-red", List.of("厂房漏水"), "/tickets/42", "test:search:2:" + user);
        MockHttpSession session = WebTestSupport.login(mvc, fixtures.username(user));

        assertThat(page(session, ""))
                .contains("id=\"inbox-search\"")
                .contains("园区停电")
                .contains("厂房漏水");
        assertThat(page(session, "停电")).contains("园区停电").doesNotContain("厂房漏水");
        // 已交办给您的部门 is the wording of the assignment notice, not of the red card.
        assertThat(page(session, "已交办")).contains("园区停电").doesNotContain("厂房漏水");
        assertThat(page(session, "%")).doesNotContain("园区停电").doesNotContain("厂房漏水");
    }

    private String page(MockHttpSession session, String q) throws Exception {
        return mvc.perform(get("/inbox").param("q", q).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
