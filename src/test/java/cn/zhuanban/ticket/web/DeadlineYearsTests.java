package cn.zhuanban.ticket.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A deadline the assignment or instruction form offers in a year whose holidays are not imported is flagged beside the
 * choice (calendar.missing-years), as the plan and calendar pages flag such years; one in an imported year is not.
 */
@IntegrationTest
class DeadlineYearsTests {

    @Autowired
    DeadlineYears years;

    /** 2087 and 2089: years no other test imports (others import 2098 and 2099 into the shared database). */
    @Test
    void onlyTheYearsWithoutAHolidayArrangementAreNamedOnceEachInOrder() {
        assertThat(years.withoutHolidays(List.of(
                        LocalDate.of(2089, 1, 1),
                        LocalDate.of(2026, 12, 31),
                        LocalDate.of(2087, 3, 2),
                        LocalDate.of(2089, 2, 1))))
                .containsExactly(2087, 2089);
        assertThat(years.withoutHolidays(List.of(LocalDate.of(2026, 6, 1)))).isEmpty();
    }
}
