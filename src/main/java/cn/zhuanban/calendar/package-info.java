/**
 * The Chinese working-day calendar: statutory holidays and make-up working days (2007 onward,
 * shipped from the holiday-cn data set, MIT licence, and extended by administrators), per-day
 * overrides and district non-working periods; O(1) working-day arithmetic on a precomputed index.
 * Publishes {@link cn.zhuanban.calendar.CalendarChanged}; listens to nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package cn.zhuanban.calendar;
