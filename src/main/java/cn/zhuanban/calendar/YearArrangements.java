package cn.zhuanban.calendar;

import cn.zhuanban.calendar.domain.CalendarStore;
import cn.zhuanban.shared.BusinessException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year's arrangement typed on the calendar page ({@link YearArrangement}): read back from the calendar to revise it,
 * and saved as an uploaded file is, through {@link CalendarManagement#importUploadedYear} (the same checks, audit
 * record, revision bump and replacement of the year's days), not by a second way of writing days.
 */
@Service
public class YearArrangements {

    private final CalendarStore store;
    private final CalendarManagement calendar;

    YearArrangements(CalendarStore store, CalendarManagement calendar) {
        this.store = store;
        this.calendar = calendar;
    }

    /** The year's holidays as the calendar holds them, one row per holiday; none when the year is not imported. */
    @Transactional(readOnly = true)
    public List<YearArrangement.Holiday> holidays(int year) {
        if (!calendar.hasHolidayArrangement(year)) {
            return List.of();
        }
        LocalDate from = HolidayYearCheck.DECEMBER_BEFORE.atYear(year - 1);
        List<DayException> days = store.days(CalendarStore.STATUTORY, from, LocalDate.of(year, 12, 31));
        Set<String> nextYearNames =
                store
                        .days(CalendarStore.STATUTORY, LocalDate.of(year + 1, 1, 1), LocalDate.of(year + 1, 1, 15))
                        .stream()
                        .map(DayException::name)
                        .filter(n -> n != null)
                        .collect(Collectors.toSet());
        return YearArrangement.rowsOf(year, days, nextYearNames);
    }

    /**
     * Imports the year as typed. Every row's faults are refused together, each under its input; then the year goes
     * the way of an upload ({@link HolidayYearCheck}, a whole year's arrangement), replacing the year's statutory days.
     *
     * @param unreadable the refusals of dates that could not be read, left out of {@code rows}: refused with the rest
     * @return the year as imported
     */
    @Transactional
    public HolidayCnJson.Year save(int year, List<YearArrangement.Holiday> rows, List<BusinessException> unreadable) {
        CalendarInput.inRange(LocalDate.of(year, 1, 1));
        List<BusinessException> refusals = new ArrayList<>(unreadable);
        List<BusinessException> found = new ArrayList<>(YearArrangement.check(year, rows));
        if (!unreadable.isEmpty()) {
            found.removeIf(e -> e.field() == null); // "too few days off" while a date could not be read misleads
        }
        refusals.addAll(found);
        BusinessException.throwAll(refusals);
        HolidayCnJson.Year imported = YearArrangement.toYear(year, rows);
        calendar.importUploadedYear(imported);
        return imported;
    }
}
