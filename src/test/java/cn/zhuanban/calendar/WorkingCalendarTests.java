package cn.zhuanban.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WorkingCalendarTests {

    private static final WorkingCalendar CHINA = WorkingCalendar.standard(HolidayData.allDays());

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aProjectsOwnExceptionsWinOverHolidaysAndTheWeekAndLeaveTheDistrictCalendarAlone() {
        WorkingCalendar construction = CHINA.toBuilder().sevenDayWeek().build();
        WorkingCalendar project = construction.withExceptions(java.util.List.of(
                new DayException(d("2026-10-05"), true, "抢工"), // National Day holiday, worked by this project
                new DayException(d("2026-10-14"), false, "设备检修"))); // a Wednesday the project rests
        assertThat(construction.isWorkingDay(d("2026-10-05"))).isFalse();
        assertThat(project.isWorkingDay(d("2026-10-05"))).isTrue();
        assertThat(project.isWorkingDay(d("2026-10-14"))).isFalse();
        assertThat(project.nameOf(d("2026-10-14"))).isEqualTo("设备检修");
        assertThat(project.isWorkingDay(d("2026-10-17"))).isTrue(); // still a 7-day week
        // one day gained on 5 October, one lost on 14 October
        assertThat(project.workingDaysBetween(d("2026-09-30"), d("2026-10-20")))
                .isEqualTo(construction.workingDaysBetween(d("2026-09-30"), d("2026-10-20")));
        assertThat(project.addWorkingDays(d("2026-10-04"), 1)).isEqualTo(d("2026-10-05"));
        assertThat(construction.withExceptions(java.util.List.of())).isSameAs(construction);
    }

    @Nested
    class ContractExamples {

        @Test
        void threeWorkingDaysAfterTwentyNinthSeptemberSkipTheNationalDayHoliday() {
            assertThat(CHINA.addWorkingDays(d("2026-09-29"), 3)).isEqualTo(d("2026-10-09"));
        }

        @Test
        void twoWorkingDaysAfterEighthOctoberLandOnTheMakeUpSaturday() {
            assertThat(CHINA.addWorkingDays(d("2026-10-08"), 2)).isEqualTo(d("2026-10-10"));
        }

        @Test
        void workingDaysBetweenCountsAfterFromUpToAndIncludingTo() {
            assertThat(CHINA.workingDaysBetween(d("2026-09-29"), d("2026-10-09")))
                    .isEqualTo(3);
            assertThat(CHINA.workingDaysBetween(d("2026-09-30"), d("2026-10-07")))
                    .isZero();
            assertThat(CHINA.workingDaysBetween(d("2026-10-08"), d("2026-10-10")))
                    .isEqualTo(2);
        }

        @Test
        void workingDaysBetweenIsNegativeWhenToIsBeforeFrom() {
            assertThat(CHINA.workingDaysBetween(d("2026-10-09"), d("2026-09-29")))
                    .isEqualTo(-3);
            assertThat(CHINA.workingDaysBetween(d("2026-10-09"), d("2026-10-09")))
                    .isZero();
        }
    }

    @Nested
    class NationalDay2026 {

        @Test
        void theWholeGoldenWeekIsOffAndNamed() {
            for (LocalDate day = d("2026-10-01"); !day.isAfter(d("2026-10-07")); day = day.plusDays(1)) {
                assertThat(CHINA.isWorkingDay(day)).as(day.toString()).isFalse();
                assertThat(CHINA.nameOf(day)).isEqualTo("国庆节");
            }
        }

        @Test
        void makeUpWeekendDaysAreWorkingDays() {
            assertThat(CHINA.isWorkingDay(d("2026-09-20"))).isTrue(); // Sunday
            assertThat(CHINA.isWorkingDay(d("2026-10-10"))).isTrue(); // Saturday
            assertThat(CHINA.isWorkingDay(d("2026-10-11"))).isFalse(); // ordinary Sunday
            assertThat(CHINA.nameOf(d("2026-10-10"))).isEqualTo("国庆节");
        }

        @Test
        void midAutumnFestivalDaysAreOff() {
            assertThat(CHINA.isWorkingDay(d("2026-09-25"))).isFalse(); // Friday
            assertThat(CHINA.nameOf(d("2026-09-25"))).isEqualTo("中秋节");
        }

        @Test
        void nextAndPreviousWorkingDayJumpOverTheHoliday() {
            assertThat(CHINA.nextWorkingDay(d("2026-09-30"))).isEqualTo(d("2026-10-08"));
            assertThat(CHINA.nextWorkingDay(d("2026-10-03"))).isEqualTo(d("2026-10-08"));
            assertThat(CHINA.previousWorkingDay(d("2026-10-08"))).isEqualTo(d("2026-09-30"));
            assertThat(CHINA.previousWorkingDay(d("2026-10-12"))).isEqualTo(d("2026-10-10"));
        }

        @Test
        void ordinaryDaysHaveNoName() {
            assertThat(CHINA.nameOf(d("2026-10-12"))).isNull();
        }
    }

    @Nested
    class Arithmetic {

        @Test
        void zeroDaysReturnsTheStartEvenOnAHoliday() {
            assertThat(CHINA.addWorkingDays(d("2026-10-03"), 0)).isEqualTo(d("2026-10-03"));
        }

        @Test
        void negativeDaysCountBackwardsFromThePreviousWorkingDay() {
            assertThat(CHINA.addWorkingDays(d("2026-10-09"), -3)).isEqualTo(d("2026-09-29"));
            assertThat(CHINA.addWorkingDays(d("2026-10-10"), -2)).isEqualTo(d("2026-10-08"));
            assertThat(CHINA.addWorkingDays(d("2026-10-05"), -1)).isEqualTo(d("2026-09-30"));
        }

        @Test
        void crossingTheYearBoundaryUsesBothYearsData() {
            // 2026-01-01..03 are New Year holidays and Sunday 2026-01-04 is a make-up day.
            assertThat(CHINA.addWorkingDays(d("2025-12-31"), 1)).isEqualTo(d("2026-01-04"));
            assertThat(CHINA.addWorkingDays(d("2026-01-04"), -1)).isEqualTo(d("2025-12-31"));
            assertThat(CHINA.workingDaysBetween(d("2025-12-30"), d("2026-01-05")))
                    .isEqualTo(3);
        }

        @Test
        void springFestival2026HasMakeUpSaturdaysOnBothSides() {
            assertThat(CHINA.isWorkingDay(d("2026-02-14"))).isTrue();
            assertThat(CHINA.isWorkingDay(d("2026-02-28"))).isTrue();
            assertThat(CHINA.addWorkingDays(d("2026-02-14"), 1)).isEqualTo(d("2026-02-24"));
        }

        @Test
        void indexesNumberWorkingDaysConsecutively() {
            int start = CHINA.indexOnOrAfter(d("2026-09-29"));
            assertThat(CHINA.indexOnOrAfter(d("2026-10-09")) - start).isEqualTo(3);
            assertThat(CHINA.dateAt(start)).isEqualTo(d("2026-09-29"));
            assertThat(CHINA.dateAt(start + 2)).isEqualTo(d("2026-10-08"));
            assertThat(CHINA.indexOnOrAfter(d("2026-10-01"))).isEqualTo(start + 2);
            assertThat(CHINA.indexOnOrBefore(d("2026-10-01"))).isEqualTo(start + 1);
            assertThat(CHINA.workingDayOnOrAfter(d("2026-10-01"))).isEqualTo(d("2026-10-08"));
            assertThat(CHINA.workingDayOnOrBefore(d("2026-10-01"))).isEqualTo(d("2026-09-30"));
        }

        @Test
        void beyondTheIndexedRangeTheWeeklyRuleApplies() {
            assertThat(CHINA.addWorkingDays(d("2100-12-30"), 2)).isEqualTo(d("2101-01-03")); // Thu → Mon
            assertThat(CHINA.addWorkingDays(d("2000-01-03"), -1)).isEqualTo(d("1999-12-31"));
            assertThat(CHINA.workingDaysBetween(d("1999-12-24"), d("2101-01-07")))
                    .isEqualTo(naiveBetween(CHINA, d("1999-12-24"), d("2101-01-07")));
            assertThat(CHINA.dateAt(CHINA.indexOnOrAfter(d("2150-06-01")))).isEqualTo(d("2150-06-01"));
        }

        @Test
        void agreesWithADayByDayWalkOnRandomDatesAndCounts() {
            WorkingCalendar stop = CHINA.toBuilder()
                    .nonWorkingPeriod(d("2026-11-16"), d("2026-11-20"), "重污染停工")
                    .build();
            WorkingCalendar sevenDays = CHINA.toBuilder().sevenDayWeek().build();
            Random random = new Random(20260929);
            for (WorkingCalendar calendar : new WorkingCalendar[] {CHINA, stop, sevenDays}) {
                for (int run = 0; run < 2000; run++) {
                    LocalDate from = d("1999-11-01").plusDays(random.nextInt(300));
                    from = random.nextBoolean() ? from : d("2025-06-01").plusDays(random.nextInt(700));
                    from = run % 10 == 0 ? d("2100-10-01").plusDays(random.nextInt(200)) : from;
                    int n = random.nextInt(801) - 400;
                    LocalDate expected = naiveAdd(calendar, from, n);
                    assertThat(calendar.addWorkingDays(from, n))
                            .as("%s %+d", from, n)
                            .isEqualTo(expected);
                    assertThat(calendar.workingDaysBetween(from, expected))
                            .isEqualTo(naiveBetween(calendar, from, expected));
                }
            }
        }

        @Test
        void addingThenSubtractingFromAWorkingDayReturnsToIt() {
            for (int n = -30; n <= 30; n++) {
                LocalDate there = CHINA.addWorkingDays(d("2026-09-30"), n);
                assertThat(CHINA.addWorkingDays(there, -n)).isEqualTo(d("2026-09-30"));
            }
        }
    }

    @Nested
    class Variants {

        @Test
        void sevenDayConstructionWeekWorksWeekendsButRestsOnStatutoryHolidays() {
            WorkingCalendar construction = CHINA.toBuilder().sevenDayWeek().build();
            assertThat(construction.isWorkingDay(d("2026-10-11"))).isTrue(); // Sunday
            assertThat(construction.isWorkingDay(d("2026-10-04"))).isFalse(); // National Day
            assertThat(construction.addWorkingDays(d("2026-09-29"), 3)).isEqualTo(d("2026-10-09"));
            assertThat(construction.addWorkingDays(d("2026-10-16"), 1)).isEqualTo(d("2026-10-17"));
            assertThat(construction.addWorkingDays(d("2026-10-10"), 1)).isEqualTo(d("2026-10-11"));
            assertThat(construction.workWeek()).isEqualTo(EnumSet.allOf(DayOfWeek.class));
        }

        @Test
        void aPollutionStopIsNonWorkingAndNamed() {
            WorkingCalendar stop = CHINA.toBuilder()
                    .nonWorkingPeriod(d("2026-11-16"), d("2026-11-20"), "重污染停工")
                    .build();
            assertThat(stop.addWorkingDays(d("2026-11-13"), 1)).isEqualTo(d("2026-11-23"));
            assertThat(stop.nameOf(d("2026-11-18"))).isEqualTo("重污染停工");
            assertThat(stop.workingDaysBetween(d("2026-11-13"), d("2026-11-23")))
                    .isEqualTo(1);
            assertThat(CHINA.addWorkingDays(d("2026-11-13"), 1)).isEqualTo(d("2026-11-16"));
        }

        @Test
        void aStopWinsOverAMakeUpDay() {
            WorkingCalendar stop = CHINA.toBuilder()
                    .nonWorkingPeriod(d("2026-10-09"), d("2026-10-10"), "停工")
                    .build();
            assertThat(stop.isWorkingDay(d("2026-10-10"))).isFalse();
            assertThat(stop.nameOf(d("2026-10-10"))).isEqualTo("停工");
        }

        @Test
        void overridesHaveTheLastWord() {
            WorkingCalendar overridden = CHINA.toBuilder()
                    .nonWorkingPeriod(d("2026-11-16"), d("2026-11-20"), "重污染停工")
                    .override(d("2026-11-18"), true, "应急抢修")
                    .override(d("2026-10-12"), false, null)
                    .override(d("2026-10-05"), true, null)
                    .build();
            assertThat(overridden.isWorkingDay(d("2026-11-18"))).isTrue();
            assertThat(overridden.nameOf(d("2026-11-18"))).isEqualTo("应急抢修");
            assertThat(overridden.isWorkingDay(d("2026-10-12"))).isFalse();
            assertThat(overridden.isWorkingDay(d("2026-10-05"))).isTrue();
            assertThat(overridden.nameOf(d("2026-10-05"))).isNull();
        }

        @Test
        void aLaterCorrectionOfTheSameDayReplacesTheEarlierOne() {
            WorkingCalendar corrected = CHINA.toBuilder()
                    .statutoryDay(DayException.makeUpDay(d("2026-10-07"), "国庆节"))
                    .build();
            assertThat(corrected.isWorkingDay(d("2026-10-07"))).isTrue();
        }

        @Test
        void derivingAVariantLeavesTheOriginalUnchanged() {
            CHINA.toBuilder()
                    .sevenDayWeek()
                    .override(d("2026-10-12"), false, null)
                    .build();
            assertThat(CHINA.isWorkingDay(d("2026-10-11"))).isFalse();
            assertThat(CHINA.isWorkingDay(d("2026-10-12"))).isTrue();
        }

        @Test
        void aCalendarWithoutWorkingWeekdaysIsRefused() {
            assertThatThrownBy(() -> WorkingCalendar.builder()
                            .workWeek(EnumSet.noneOf(DayOfWeek.class))
                            .build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("workWeek");
        }

        @Test
        void daysListsEveryDayWithItsStatusAndName() {
            assertThat(CHINA.days(d("2026-09-30"), d("2026-10-02")))
                    .containsExactly(
                            new CalendarDay(d("2026-09-30"), true, null),
                            new CalendarDay(d("2026-10-01"), false, "国庆节"),
                            new CalendarDay(d("2026-10-02"), false, "国庆节"));
        }
    }

    private static LocalDate naiveAdd(WorkingCalendar calendar, LocalDate from, int n) {
        LocalDate day = from;
        int step = n > 0 ? 1 : -1;
        for (int left = Math.abs(n); left > 0; ) {
            day = day.plusDays(step);
            if (naiveWorking(calendar, day)) {
                left--;
            }
        }
        return day;
    }

    private static int naiveBetween(WorkingCalendar calendar, LocalDate from, LocalDate to) {
        int sign = to.isBefore(from) ? -1 : 1;
        LocalDate low = sign > 0 ? from : to;
        LocalDate high = sign > 0 ? to : from;
        int count = 0;
        for (LocalDate day = low.plusDays(1); !day.isAfter(high); day = day.plusDays(1)) {
            count += naiveWorking(calendar, day) ? 1 : 0;
        }
        return sign * count;
    }

    /** Independent of the index: the rules applied directly to one day, weakest rule first. */
    private static boolean naiveWorking(WorkingCalendar calendar, LocalDate day) {
        Map<LocalDate, Boolean> statutory = STATUTORY.computeIfAbsent(calendar, WorkingCalendarTests::statutoryMap);
        boolean working = statutory.getOrDefault(day, calendar.workWeek().contains(day.getDayOfWeek()));
        for (NonWorkingPeriod period : calendar.nonWorkingPeriods()) {
            working &= day.isBefore(period.from()) || day.isAfter(period.to());
        }
        for (DayException override : calendar.overrides()) {
            working = override.date().equals(day) ? override.working() : working;
        }
        return working;
    }

    private static final Map<WorkingCalendar, Map<LocalDate, Boolean>> STATUTORY = new IdentityHashMap<>();

    private static Map<LocalDate, Boolean> statutoryMap(WorkingCalendar calendar) {
        Map<LocalDate, Boolean> map = new HashMap<>();
        calendar.statutoryDays().forEach(day -> map.put(day.date(), day.working()));
        return map;
    }
}
