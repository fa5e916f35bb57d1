package cn.zhuanban.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * While the listeners of a calendar change are still at work (on a province, recounting thousands of deadlines and
 * judging thousands of lights takes tens of seconds), the calendar page says so and asks again until they are done.
 */
@IntegrationTest
class CalendarEffectsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCalendarPageSaysAChangeIsStillBeingAppliedUntilItsListenersAreDone() throws Exception {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                                       status, completion_attempts)
                        values (:id, 'ticket.deadline-recount', :type, '{}', :now, 'PROCESSING', 1)""")
                .param("id", id)
                .param("type", WorkingDaysChanged.class.getName())
                .param("now", Timestamp.from(Instant.now()))
                .update();
        try {
            String page = WebTestSupport.page(mvc, "dispatch", "/calendar");
            assertThat(page).contains("日历更改正在生效").contains("hx-trigger=\"every 3s\"");
        } finally {
            jdbc.sql("delete from event_publication where id = :id")
                    .param("id", id)
                    .update();
        }
        // Calendar changes made by tests run before this one may still be at work in the background: the note goes
        // once every change's listeners are done.
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(WebTestSupport.page(mvc, "dispatch", "/calendar/effects"))
                        .contains("id=\"calendar-effects\"")
                        .doesNotContain("日历更改正在生效", "hx-trigger"));
    }
}
