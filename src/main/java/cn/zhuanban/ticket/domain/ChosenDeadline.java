package cn.zhuanban.ticket.domain;

import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.shared.BusinessException;
import java.time.LocalDate;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A resolve-by date that people choose (a meeting decision's deadline, the new date of an extension) must be one the
 * department can still meet on the district's working-day calendar (MISSION: deadlines in working days): not before
 * today, since a past date cards the ticket and climbs the whole escalation ladder at the job's next run; and a
 * working day, since a Sunday or a holiday is no day the department works. The refusal names the date and why, and
 * suggests the working day before it (or after it, when the one before has passed).
 */
public final class ChosenDeadline {

    private ChosenDeadline() {}

    /** Returns {@code date} when it may be chosen; refuses it beside {@code field} otherwise. Null passes. */
    public static LocalDate check(String field, LocalDate date, LocalDate today, WorkingCalendar calendar) {
        if (date == null) {
            return null; // whether one is required is another rule
        }
        if (date.isBefore(today)) {
            throw BusinessException.invalid(field, "ticket.deadline.past", date.toString(), today.toString());
        }
        if (!calendar.isWorkingDay(date)) {
            LocalDate before = calendar.previousWorkingDay(date);
            boolean earlier = !before.isBefore(today);
            String name = calendar.nameOf(date);
            throw BusinessException.invalid(
                    field,
                    earlier ? "ticket.deadline.rest-day.earlier" : "ticket.deadline.rest-day.later",
                    date.toString(),
                    name == null ? new DefaultMessageSourceResolvable("ticket.deadline.rest-day") : name,
                    (earlier ? before : calendar.nextWorkingDay(date)).toString());
        }
        return date;
    }
}
