package cn.zhuanban.meeting;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The history of lights made to start on an earlier day for the length of a test: it starts the day the test
 * database was migrated (V171), so a past meeting day of a test is before it unless the test says otherwise. Closing
 * takes the earlier start back, so that other tests see the history as the migration left it.
 */
final class LightHistoryFrom implements AutoCloseable {

    private final JdbcClient jdbc;
    private final LocalDate day;

    private LightHistoryFrom(JdbcClient jdbc, LocalDate day) {
        this.jdbc = jdbc;
        this.day = day;
    }

    static LightHistoryFrom day(JdbcClient jdbc, LocalDate day) {
        jdbc.sql("insert into project_light_history (started_on) values (:day)")
                .param("day", day)
                .update();
        return new LightHistoryFrom(jdbc, day);
    }

    @Override
    public void close() {
        jdbc.sql("delete from project_light_history where started_on = :day and started_on < (select max(h.started_on)"
                        + " from project_light_history h)")
                .param("day", day)
                .update();
    }
}
