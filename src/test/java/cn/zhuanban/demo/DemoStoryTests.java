package cn.zhuanban.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DemoStoryTests {

    private static DemoStory seededOn(String day) {
        ZoneId district = ZoneId.of("Asia/Shanghai");
        return new DemoStory(
                Clock.fixed(LocalDate.parse(day).atStartOfDay(district).toInstant(), district));
    }

    @Test
    void seededInTheStorysMonthTheDatesAreAsWritten() {
        DemoStory story = seededOn("2026-11-30");
        assertThat(story.date("2027-06-30")).isEqualTo("2027-06-30");
        assertThat(story.month(2027, 6)).isEqualTo("2027 年 6 月");
        assertThat(story.year(2026)).isEqualTo(2026);
        assertThat(story.projectCode("2024-410199-27-03-015832", "2025-03-18")).isEqualTo("2024-410199-27-03-015832");
    }

    @Test
    void seededLaterEveryDateMovesByTheWholeMonthsSinceAndAMonthsLastDayStaysLast() {
        DemoStory story = seededOn("2027-02-03");
        assertThat(story.months()).isEqualTo(3);
        assertThat(story.date("2027-06-30")).isEqualTo("2027-09-30");
        assertThat(story.date("2026-11-30")).isEqualTo("2027-02-28");
        assertThat(story.date(2026, 12, 15)).isEqualTo("2027-03-15");
        assertThat(story.date("2024-11-30")).isEqualTo("2025-02-28");
        assertThat(story.month(2026, 12)).isEqualTo("2027 年 3 月");
        assertThat(story.year(2026)).isEqualTo(2027);
        assertThat(story.projectCode("2024-410199-27-03-015832", "2024-10-01")).isEqualTo("2025-410199-27-03-015832");
        assertThat(story.projectCode("", "2024-10-01")).isEmpty();
    }

    @Test
    void onAClockSetBackTheStoryMovesBack() {
        DemoStory story = seededOn("2026-02-10");
        assertThat(story.months()).isEqualTo(-9);
        assertThat(story.date("2027-06-30")).isEqualTo("2026-09-30");
        assertThat(story.date("2026-02-28")).isEqualTo("2025-05-31");
        assertThat(story.month(2027, 3)).isEqualTo("2026 年 6 月");
    }
}
