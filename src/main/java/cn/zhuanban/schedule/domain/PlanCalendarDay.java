package cn.zhuanban.schedule.domain;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One exception of a plan's own calendar, on top of the district construction calendar the plan uses: a day the
 * project rests ({@code working = false}) or works although the district does not (a holiday worked through).
 *
 * @param name why, as entered or as the imported file named it; may be null
 */
@Table("plan_calendar_day")
public record PlanCalendarDay(LocalDate calDate, boolean working, String name) {}
