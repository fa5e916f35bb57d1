package cn.zhuanban.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an import changed, for its audit record: days off and make-up days that were not in the calendar (added) or
 * were there with another name or meaning (changed), and the year's days no longer listed (removed). The record said
 * only "1 days", whether a year came in or one day of another year was renamed.
 */
record ImportCounts(
        int year, int offDaysAdded, int offDaysChanged, int makeUpDaysAdded, int makeUpDaysChanged, int daysRemoved) {

    /**
     * @param stored the statutory days held before, from the December before to the end of the year
     */
    static ImportCounts of(HolidayCnJson.Year year, Map<LocalDate, DayException> stored) {
        int[] counts = new int[4];
        for (DayException day : year.days()) {
            DayException before = stored.get(day.date());
            int kind = day.working() ? 2 : 0;
            if (before == null) {
                counts[kind]++;
            } else if (!before.equals(day)) {
                counts[kind + 1]++;
            }
        }
        Set<LocalDate> listed = year.days().stream().map(DayException::date).collect(Collectors.toSet());
        // Days of the year's last December week are kept when not listed: the next year's file put them in.
        LocalDate keptFrom = HolidayYearCheck.DECEMBER_BEFORE.atYear(year.year());
        int removed = (int) stored.keySet().stream()
                .filter(d -> d.getYear() == year.year() && d.isBefore(keptFrom) && !listed.contains(d))
                .count();
        return new ImportCounts(year.year(), counts[0], counts[1], counts[2], counts[3], removed);
    }

    /** Field names the audit log labels ({@code audit.field.offDaysAdded} …). */
    String summary() {
        return "year=" + year + ", offDaysAdded=" + offDaysAdded + ", offDaysChanged=" + offDaysChanged
                + ", makeUpDaysAdded=" + makeUpDaysAdded + ", makeUpDaysChanged=" + makeUpDaysChanged
                + ", daysRemoved=" + daysRemoved;
    }
}
