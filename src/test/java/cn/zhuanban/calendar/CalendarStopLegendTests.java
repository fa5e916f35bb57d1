package cn.zhuanban.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The year view's legend names the district's stops beside holidays and make-up days, in both languages (the days
 * themselves: {@code CalendarYearStopsTests}).
 */
@IntegrationTest
class CalendarStopLegendTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theLegendNamesStopsApartFromHolidaysAndMakeUpDays() throws Exception {
        assertThat(WebTestSupport.page(mvc, "dispatch", "/calendar?year=2026"))
                .contains("<span class=\"cal-day cal-holiday\">节假日/休息日</span>")
                .contains("<span class=\"cal-day cal-makeup\">调休上班日</span>")
                .contains("<span class=\"cal-day cal-stop\" id=\"calendar-legend-stop\">全区停工日</span>");
        assertThat(WebTestSupport.page(mvc, "dispatch", "/calendar?year=2026&lang=en"))
                .contains(
                        "<span class=\"cal-day cal-stop\" id=\"calendar-legend-stop\">District non-working day</span>");
    }
}
