package cn.zhuanban.calendar;

import java.time.LocalDate;

/** A district non-working period as the calendar page lists it, with the id to remove it by. */
public record PeriodView(long id, LocalDate from, LocalDate to, String name) {}
