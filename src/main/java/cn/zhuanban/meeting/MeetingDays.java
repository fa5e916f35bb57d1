package cn.zhuanban.meeting;

import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.shared.BusinessException;
import java.time.LocalDate;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The day a meeting is planned for, on the district's working-day calendar: a Sunday or a holiday is no day a task
 * force usually meets, and a slip of the date picker is likelier than a weekend meeting, so such a day is refused
 * unless the person says the meeting is held on a rest day all the same (an urgent meeting before a holiday's end).
 * A make-up working day (调休) is a working day. Another weekday than the series' is only warned of, on the meeting's
 * page ({@link MeetingRecords.MeetingView#offWeekday()}): meetings move for a holiday or a leader's trip.
 */
@Component
class MeetingDays {

    private final CalendarManagement calendar;

    MeetingDays(CalendarManagement calendar) {
        this.calendar = calendar;
    }

    void check(LocalDate heldOn, boolean restDayConfirmed) {
        WorkingCalendar days = calendar.administrative();
        if (restDayConfirmed || days.isWorkingDay(heldOn)) {
            return;
        }
        String name = days.nameOf(heldOn);
        throw BusinessException.invalid(
                "heldOn",
                "meeting.error.rest-day",
                heldOn.toString(),
                name == null ? new DefaultMessageSourceResolvable("meeting.rest-day") : name);
    }
}
