package cn.zhuanban.schedule;

import cn.zhuanban.identity.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replacing a project's whole plan at once, as applying a template and importing a file do, through the same checked
 * edit as {@link PlanManagement}'s row edits: apart from them because only these two bring dates and a calendar of
 * their own.
 */
@Component
@Transactional
class PlanReplacement {

    private final PlanManagement plans;
    private final Clock clock;

    PlanReplacement(PlanManagement plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    /** Replaces the whole plan (a template applied, a file imported); refused with nothing stored if it is bad. */
    PlanSheet replace(long projectId, CurrentUser user, Integer version, PlanContent content, String action) {
        return replace(projectId, user, version, content, null, null, action);
    }

    /**
     * Replaces the whole plan and, unless {@code calendar} is null, its own calendar too (an imported file brings its
     * week and exceptions); refused with nothing stored if it is bad. A {@code note}, unless null, ends the audit
     * summary: what the replacement changed that the content did not ask for (a data date moved to the latest actual).
     */
    PlanSheet replace(
            long projectId,
            CurrentUser user,
            Integer version,
            PlanContent content,
            PlanCalendar calendar,
            String note,
            String action) {
        String summary = content.rows().size() + " rows, " + content.links().size() + " links"
                + (calendar == null
                        ? ""
                        : ", " + (calendar.sevenDayWeek() ? "7" : "5") + "-day week, "
                                + calendar.days().size() + " calendar exceptions")
                + (note == null ? "" : ", " + note);
        return plans.edit(projectId, user, version, action, summary, plan -> {
            LocalDate dataDate = content.dataDate() != null ? content.dataDate() : plan.getDataDate();
            plan.dates(content.start(), content.targetFinish(), dataDate, clock.instant());
            plan.replace(content.rows(), content.links(), clock.instant());
            if (calendar != null) {
                calendar.days().forEach(PlanCalendars::checkCalendarDay);
                plan.calendar(calendar.sevenDayWeek(), clock.instant());
                plan.calendarDays(calendar.days(), clock.instant());
            }
        });
    }
}
