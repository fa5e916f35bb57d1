package cn.zhuanban.schedule;

import cn.zhuanban.schedule.domain.PlanCalendarDay;
import java.util.List;

/** A plan's own calendar: its week and its exceptions on top of the district construction calendar. */
public record PlanCalendar(boolean sevenDayWeek, List<PlanCalendarDay> days) {

    public PlanCalendar {
        days = List.copyOf(days);
    }
}
