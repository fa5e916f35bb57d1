package cn.zhuanban.schedule.engine;

import cn.zhuanban.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.Objects;

/** Lets the engine schedule on a {@link WorkingCalendar} without knowing its holiday rules. */
public record WorkingCalendarAdapter(WorkingCalendar calendar) implements ScheduleCalendar {

    public WorkingCalendarAdapter {
        Objects.requireNonNull(calendar, "calendar");
    }

    @Override
    public int indexOnOrAfter(LocalDate date) {
        return calendar.indexOnOrAfter(date);
    }

    @Override
    public int indexOnOrBefore(LocalDate date) {
        return calendar.indexOnOrBefore(date);
    }

    @Override
    public LocalDate dateAt(int index) {
        return calendar.dateAt(index);
    }
}
