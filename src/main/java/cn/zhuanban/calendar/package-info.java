/**
 * The Chinese working-day calendar: statutory holidays and make-up working days (2007 onward,
 * shipped from the holiday-cn data set, MIT licence, and extended by administrators), per-day
 * overrides and district non-working periods; the construction calendars (5- or 7-day week) and per-project calendars
 * (a construction calendar with a project's own exceptions, whose data the schedule module keeps with the plan);
 * O(1) working-day arithmetic on a precomputed index.
 * Publishes {@link cn.zhuanban.calendar.CalendarChanged} and, when days turn between working and resting for
 * deadlines, {@link cn.zhuanban.calendar.WorkingDaysChanged}; listens to nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package cn.zhuanban.calendar;
