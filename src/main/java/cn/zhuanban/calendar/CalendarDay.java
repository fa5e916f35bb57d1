package cn.zhuanban.calendar;

import java.time.LocalDate;

/**
 * One day as the calendar sees it, the shape of {@code GET /api/v1/calendar/days}.
 *
 * @param date the day
 * @param working whether it is a working day
 * @param name holiday, make-up day, stop or override name, or null
 */
public record CalendarDay(LocalDate date, boolean working, String name) {}
