package cn.zhuanban.calendar;

/**
 * The administrative calendar that deadlines are being counted on, and its revision, which the counted deadlines are
 * stamped with: a later {@link WorkingDaysChanged} with a higher revision was not in it.
 */
public record CountingCalendar(long revision, WorkingCalendar administrative) {}
