package cn.zhuanban.demo;

import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.schedule.MonthlyTargets;
import cn.zhuanban.schedule.PlanSheet;
import cn.zhuanban.schedule.ProgressReport;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Two projects whose last month's target was not met in that month, so that the targets page, the wall chart, the
 * battle map and the lights show what the district sees when work slips (domain §4). A month's target is fixed when
 * the month begins, from the plan as first approved (the schedule module's TargetFixing, as the demo stores the
 * plan), and judged on the rows' actual finishes: the story only reports these rows' progress as it went.
 *
 * <ul>
 *   <li>{@link #CAUGHT_UP}, whose target was the end of last month: its trial-production preparation ran over and
 *       production began on the first working day of this month (the month's earlier rows were done in it). Last
 *       month's target shows 已补齐 (caught up) and the light is yellow this month; nothing is left to do, so no float
 *       is lost.
 *   <li>{@link #MISSED}, whose water supply connection waits for the traffic police's road-occupancy permit: it is in
 *       last month's target and still under way, so that month shows 未完成 (missed), the completion filing and
 *       everything after it cannot begin, and the light is red (the missed month, and the target that can no longer be
 *       met).
 * </ul>
 *
 * Both work on any day of the month, its first included: the late finishes fall on the first working day of the month
 * that is not after today (today itself when the month began on a holiday), and the missed work is reported as of
 * today.
 */
@Component
class DemoMonthTargets {

    static final String CAUGHT_UP = "中原智能装备产业园项目";
    static final String MISSED = "清源再生水厂项目";

    /** The industrial template's water supply connection (供水接入), the row the road-occupancy permit holds up. */
    private static final String WATER_SUPPLY = "B03";

    /** How far the missed connection got: the pipes are laid up to the road that may not yet be opened. */
    private static final int MISSED_PERCENT = 60;

    private final CalendarManagement calendars;
    private final Clock clock;

    DemoMonthTargets(CalendarManagement calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    /**
     * The progress the story reports on a project's plan: {@code asPlanned} as it is for most projects, with last
     * month's target finished late or still under way for the two above. {@code sheet} is the plan as first approved,
     * from which last month's target is fixed.
     */
    Map<String, ProgressReport> tell(String project, PlanSheet sheet, Map<String, ProgressReport> asPlanned) {
        LocalDate today = LocalDate.now(clock);
        List<PlanSheet.Row> lastMonth =
                MonthlyTargets.of(sheet, YearMonth.from(today).minusMonths(1)).rows();
        if (lastMonth.isEmpty()) {
            return asPlanned;
        }
        if (project.equals(CAUGHT_UP)) {
            return caughtUp(lastMonth, asPlanned, today);
        }
        if (project.equals(MISSED)) {
            return missed(sheet, lastMonth, asPlanned, today);
        }
        return asPlanned;
    }

    /**
     * The rows due last in last month's target (the trial-production preparation and production, due on the project's
     * target) finished on the first working day of this month, not before they began; the month's earlier rows (the
     * completion filing, completion) as built.
     */
    private Map<String, ProgressReport> caughtUp(
            List<PlanSheet.Row> lastMonth, Map<String, ProgressReport> asPlanned, LocalDate today) {
        WorkingCalendar construction = calendars.construction(false);
        LocalDate firstWorkingDay =
                construction.workingDayOnOrAfter(YearMonth.from(today).atDay(1));
        LocalDate finish = firstWorkingDay.isAfter(today) ? today : firstWorkingDay;
        LocalDate due = lastMonth.stream()
                .map(PlanSheet.Row::lateFinish)
                .max(LocalDate::compareTo)
                .orElseThrow();
        Map<String, ProgressReport> reports = new LinkedHashMap<>(asPlanned);
        for (PlanSheet.Row row :
                lastMonth.stream().filter(r -> r.lateFinish().equals(due)).toList()) {
            ProgressReport planned = asPlanned.get(row.key());
            LocalDate start = row.milestone() || planned == null || planned.actualStart() == null
                    ? finish
                    : planned.actualStart();
            reports.put(row.key(), new ProgressReport(today, 100, start, finish, null, null, null));
        }
        return reports;
    }

    /**
     * The water supply connection (or, should the month's target not hold it, its first task) under way since it
     * began as planned, and nothing that follows it begun: the completion filing cannot be made without water.
     */
    private Map<String, ProgressReport> missed(
            PlanSheet sheet, List<PlanSheet.Row> lastMonth, Map<String, ProgressReport> asPlanned, LocalDate today) {
        PlanSheet.Row held = lastMonth.stream()
                .filter(r -> r.key().equals(WATER_SUPPLY))
                .findFirst()
                .or(() -> lastMonth.stream().filter(r -> !r.milestone()).findFirst())
                .orElse(null);
        if (held == null) {
            return asPlanned;
        }
        ProgressReport planned = asPlanned.get(held.key());
        LocalDate start = planned != null && planned.actualStart() != null ? planned.actualStart() : held.lateStart();
        if (start == null || start.isAfter(today)) {
            return asPlanned;
        }
        Map<String, ProgressReport> reports = new LinkedHashMap<>(asPlanned);
        reports.keySet().removeAll(after(sheet, held.key()));
        reports.put(held.key(), new ProgressReport(today, MISSED_PERCENT, start, null, null, null, null));
        return reports;
    }

    /** The rows that follow {@code key}, directly or through others. */
    private static Set<String> after(PlanSheet sheet, String key) {
        Set<String> found = new HashSet<>();
        Deque<String> next = new ArrayDeque<>(List.of(key));
        while (!next.isEmpty()) {
            String predecessor = next.pop();
            for (PlanSheet.Row row : sheet.rows()) {
                if (!found.contains(row.key()) && follows(row, predecessor)) {
                    found.add(row.key());
                    next.push(row.key());
                }
            }
        }
        return found;
    }

    /** Whether the row's predecessors ("A10, A08FS+2") name {@code key}. */
    private static boolean follows(PlanSheet.Row row, String key) {
        return row.predecessors() != null
                && Arrays.stream(row.predecessors().split("[,，\\s]+"))
                        .map(p -> p.replaceFirst("(FS|SS|FF|SF)?([+-]\\d+)?$", ""))
                        .anyMatch(key::equals);
    }
}
