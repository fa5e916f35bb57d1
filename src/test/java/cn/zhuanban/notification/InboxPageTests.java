package cn.zhuanban.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.BuiltinRoles;
import cn.zhuanban.shared.PageQuery;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The inbox as its owner sees it: the badge in the header of every page, opening marks read. */
@IntegrationTest
class InboxPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    NotificationManagement notifications;

    @Test
    void headerShowsTheUnreadCountAndOpeningAnItemMarksItReadAndFollowsItsLink() throws Exception {
        NotificationFixtures fixtures = new NotificationFixtures(context);
        long user = fixtures.user(BuiltinRoles.DEPARTMENT_HANDLER, fixtures.department());
        notifications.notify(
                List.of(user), "notification.ticket.assigned", List.of("<b>停电</b>"), "/tickets/41", "test:badge:1");
        notifications.notify(
                List.of(user), "notification.ticket.card-red", List.of("停水"), "/tickets/42", "test:badge:2");
        MockHttpSession session = WebTestSupport.login(mvc, fixtures.username(user));

        assertThat(badge(session)).isEqualTo("2");
        String inbox = page(session, "/inbox");
        assertThat(inbox).contains("工单《&lt;b&gt;停电&lt;/b&gt;》已交办给您的部门").doesNotContain("<b>停电</b>");
        // The unread badge is light text on red like the header's: red on red could not be read.
        assertThat(inbox).contains("class=\"badge bg-red text-red-fg\"");

        long first = notifications.inbox(user, false, PageQuery.of(0, 10)).content().stream()
                .filter(item -> "/tickets/41".equals(item.link()))
                .findFirst()
                .orElseThrow()
                .id();
        mvc.perform(post("/inbox/{id}/open", first).session(session).with(csrf()))
                .andExpect(redirectedUrl("/tickets/41"));
        assertThat(badge(session)).isEqualTo("1");

        mvc.perform(post("/inbox/read-all").session(session).with(csrf())).andExpect(redirectedUrl("/inbox"));
        assertThat(page(session, "/")).contains("id=\"inbox-link\"").doesNotContain("inbox-badge");
    }

    @Test
    void nobodyOpensSomeoneElsesItem() throws Exception {
        NotificationFixtures fixtures = new NotificationFixtures(context);
        long owner = fixtures.user(BuiltinRoles.DEPARTMENT_HANDLER, null);
        long intruder = fixtures.user(BuiltinRoles.DEPARTMENT_HANDLER, null);
        notifications.notify(
                List.of(owner),
                "notification.ticket.card-yellow",
                List.of("x"),
                "/tickets/9",
                "test:intruder:" + owner);
        long item = notifications
                .inbox(owner, false, PageQuery.of(0, 1))
                .content()
                .getFirst()
                .id();

        mvc.perform(post("/inbox/{id}/open", item)
                        .session(WebTestSupport.login(mvc, fixtures.username(intruder)))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(notifications.unreadCount(owner)).isEqualTo(1);
    }

    private static final Pattern BADGE = Pattern.compile("<span[^>]*id=\"inbox-badge\"[^>]*>([^<]*)</span>");

    private String badge(MockHttpSession session) throws Exception {
        Matcher badge = BADGE.matcher(page(session, "/inbox"));
        return badge.find() ? badge.group(1).trim() : null;
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
