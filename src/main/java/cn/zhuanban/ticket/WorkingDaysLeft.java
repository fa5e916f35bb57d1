package cn.zhuanban.ticket;

import cn.zhuanban.calendar.WorkingCalendar;
import java.time.LocalDate;

/**
 * The one count of working days left to a deadline, shared by the lists' countdown and the ticket's page (its summary
 * line and each deadline's badge), so they never say two things of the same date. The convention is the lists': the
 * working days after today up to and including the deadline, so 0 means the deadline is today (今天到期: today is the
 * last day to meet it), 1 that it is the next working day (仅剩 1 个工作日). Past its date the count is negative, at
 * least one working day overdue even on the rest day right after it, before a working day has passed.
 */
public final class WorkingDaysLeft {

    private WorkingDaysLeft() {}

    public static int of(LocalDate today, LocalDate due, WorkingCalendar calendar) {
        return today.isAfter(due) ? -late(due, today, calendar) : calendar.workingDaysBetween(today, due);
    }

    /**
     * How many working days late {@code day} is against the deadline {@code due}, by the same rule: 0 on or before it,
     * else the working days after it up to and including {@code day}, at least one. A deadline met, or still watched,
     * on the rest day right after it (due Friday, Saturday) is one working day late, never "超0个工作日"; the next
     * working day (Monday) is still one, the one after two. Every late count of the ticket module (the card's causes,
     * the sign, first-feedback and resolve badges, the lists and the export) says this one.
     */
    public static int late(LocalDate due, LocalDate day, WorkingCalendar calendar) {
        return day.isAfter(due) ? Math.max(1, calendar.workingDaysBetween(due, day)) : 0;
    }
}
