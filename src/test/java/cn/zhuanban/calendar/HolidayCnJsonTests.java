package cn.zhuanban.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HolidayCnJsonTests {

    @Test
    void readsEveryShippedYear() {
        for (int year = 2007; year <= 2027; year++) {
            assertThat(HolidayData.year(year).year()).isEqualTo(year);
        }
        assertThat(HolidayData.year(2027).days()).isEmpty();
    }

    @Test
    void mapsIsOffDayToNonWorkingAndKeepsTheName() {
        HolidayCnJson.Year year = HolidayData.year(2026);
        assertThat(year.days())
                .contains(
                        new DayException(LocalDate.of(2026, 10, 1), false, "国庆节"),
                        new DayException(LocalDate.of(2026, 10, 10), true, "国庆节"));
        assertThat(year.days()).hasSize(39);
    }

    @Test
    void nestingIsReadTo64LevelsAndRefusedBeyondWithoutOverflowingTheStack() {
        String deepest = "[".repeat(32) + "{\"a\":".repeat(32) + "1" + "}".repeat(32) + "]".repeat(32);

        assertThat(MiniJson.parse(deepest)).isInstanceOf(java.util.List.class);
        assertThatThrownBy(() -> MiniJson.parse("[" + deepest + "]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nested deeper than 64 levels");
        assertThatThrownBy(() -> HolidayCnJson.parse("[".repeat(200_000)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nested deeper than 64 levels");
    }

    @Test
    void handlesEscapesAndUnknownMembers() {
        String json = """
                {"$schema": "x", "year": 2030, "papers": ["a\\u0062c"],
                 "days": [{"name": "\\u56fd\\u5e86\\"节\\"", "date": "2030-10-01", "isOffDay": true, "extra": null}]}
                """;
        assertThat(HolidayCnJson.parse(json).days())
                .containsExactly(new DayException(LocalDate.of(2030, 10, 1), false, "国庆\"节\""));
    }

    @Test
    void namesTheFieldOfABadDate() {
        String json = "{\"year\":2026,\"days\":[{\"name\":\"x\",\"date\":\"2026-13-01\",\"isOffDay\":true}]}";
        assertThatThrownBy(() -> HolidayCnJson.parse(json)).hasMessageStartingWith("days[0].date");
    }

    @Test
    void namesTheFieldOfAMissingFlag() {
        String json = "{\"year\":2026,\"days\":[{\"name\":\"x\",\"date\":\"2026-10-01\"}]}";
        assertThatThrownBy(() -> HolidayCnJson.parse(json)).hasMessageStartingWith("days[0].isOffDay");
    }

    @Test
    void refusesAMissingYearAndBrokenJson() {
        assertThatThrownBy(() -> HolidayCnJson.parse("{\"days\":[]}")).hasMessageStartingWith("year");
        assertThatThrownBy(() -> HolidayCnJson.parse("{\"year\":2026,\"days\":[}"))
                .hasMessageStartingWith("Invalid JSON");
        assertThatThrownBy(() -> HolidayCnJson.parse("{\"year\":2026} x")).hasMessageStartingWith("Invalid JSON");
    }
}
