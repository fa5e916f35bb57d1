package cn.zhuanban;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits until the listeners of a calendar change are done: every plan's light re-judged, every checklist target the
 * plans give moved. A test that changes the calendar waits for them before the next test runs, whose own events
 * would otherwise queue behind that work in the shared test database and miss their wait.
 */
public final class CalendarEvents {

    private static final List<String> LISTENERS =
            List.of("schedule.calendar-lights", "servicechecklist.calendar-changed");

    private CalendarEvents() {}

    public static void awaitHandled(JdbcClient jdbc) {
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null"
                                        + " and listener_id in (:listeners)")
                                .param("listeners", LISTENERS)
                                .query(Long.class)
                                .single()
                        == 0);
    }
}
