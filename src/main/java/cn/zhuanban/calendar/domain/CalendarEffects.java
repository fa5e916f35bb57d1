package cn.zhuanban.calendar.domain;

import cn.zhuanban.calendar.CalendarChanged;
import cn.zhuanban.calendar.WorkingDaysChanged;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many of the calendar's own change events are still being handled by their listeners (the tickets' deadlines
 * recounted, the projects' lights judged again): on a province a change takes tens of seconds to settle, during which
 * the calendar page says so. Read from the event publication log, which every node shares.
 */
@Component
public class CalendarEffects {

    private final JdbcClient jdbc;

    CalendarEffects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int pending() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null"
                        + " and event_type in (:types)")
                .param("types", List.of(CalendarChanged.class.getName(), WorkingDaysChanged.class.getName()))
                .query(Integer.class)
                .single();
    }
}
