package cn.zhuanban.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A year a new release ships, loaded at start-up, is told to the other modules as an administrator's import of it is:
 * plan lights are re-judged on {@link CalendarChanged} and deadlines recounted on {@link WorkingDaysChanged} at once.
 */
@IntegrationTest
@RecordApplicationEvents
class CalendarBootstrapTests {

    @Autowired
    CalendarBootstrap bootstrap;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void aShippedYearLoadedAtStartUpIsToldAsAnImportIs() throws Exception {
        jdbc.sql("delete from calendar_day where kind = 'STATUTORY' and cal_date between '2012-01-01' and '2012-12-31'")
                .update();
        jdbc.sql("delete from calendar_year where cal_year = 2012").update(); // the year as never imported
        assertThat(calendar.hasHolidayArrangement(2012)).isFalse();

        bootstrap.run(null); // as a node of a new release starts

        assertThat(calendar.hasHolidayArrangement(2012)).isTrue();
        assertThat(events.stream(CalendarChanged.class)).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo("calendar.year-imported");
            assertThat(c.entityId()).isEqualTo("2012");
        });
        assertThat(events.stream(WorkingDaysChanged.class))
                .singleElement()
                .satisfies(w -> assertThat(w.days()).contains(java.time.LocalDate.of(2012, 10, 1)));
    }

    @Test
    void aStartThatLoadsNothingTellsNothing() throws Exception {
        bootstrap.run(null);

        assertThat(events.stream(CalendarChanged.class)).isEmpty();
        assertThat(events.stream(WorkingDaysChanged.class)).isEmpty();
    }
}
