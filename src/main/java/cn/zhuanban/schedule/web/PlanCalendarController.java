package cn.zhuanban.schedule.web;

import cn.zhuanban.identity.CheckedBeforeBinding;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.project.ProjectPaths;
import cn.zhuanban.schedule.PlanCalendars;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The plan's calendar, edited on the plan page: its working week and the days of its own calendar. Like the table's
 * edits each is an htmx post on the version the page showed that answers the whole sheet again ({@link SheetAnswers}).
 */
@Controller
@RequestMapping("/projects/{id}/plan")
class PlanCalendarController {

    private static final String EDIT = "hasAuthority('" + Permissions.PLAN_EDIT + "')";

    private final PlanCalendars calendars;
    private final SheetAnswers answers;

    PlanCalendarController(PlanCalendars calendars, SheetAnswers answers) {
        this.calendars = calendars;
        this.answers = answers;
    }

    @PostMapping("/calendar")
    @CheckedBeforeBinding(ProjectPaths.class)
    @PreAuthorize(EDIT)
    String calendar(
            @PathVariable long id,
            CurrentUser user,
            @RequestParam(required = false) String version,
            @RequestParam(required = false) String sevenDayWeek,
            Model model) {
        // a week not given or unknown is refused: read as "false" it switched the plan to the 5-day week unasked
        return answers.answer(
                id,
                user,
                version,
                model,
                seen -> calendars.setCalendar(
                        id, user, seen, TypedValues.requiredFlag(sevenDayWeek, "sevenDayWeek", "plan.calendar")));
    }

    /** Sets a day of the plan's own calendar: a rest day of the project, or a day it works though the district rests. */
    @PostMapping("/calendar-days")
    @CheckedBeforeBinding(ProjectPaths.class)
    @PreAuthorize(EDIT)
    String calendarDay(
            @PathVariable long id,
            CurrentUser user,
            @RequestParam(required = false) String version,
            @RequestParam(required = false) String date,
            @RequestParam(required = false) String working,
            @RequestParam(required = false) String name,
            Model model) {
        return answers.answer(
                id,
                user,
                version,
                model,
                seen -> calendars.setCalendarDay(
                        id,
                        user,
                        seen,
                        TypedValues.date(date, "date", "plan.calendar-day.date"),
                        TypedValues.flag(working, false, "working", "plan.calendar-day"),
                        name));
    }

    @PostMapping("/calendar-days/{date}/delete")
    @CheckedBeforeBinding(ProjectPaths.class)
    @PreAuthorize(EDIT)
    String removeCalendarDay(
            @PathVariable long id,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            CurrentUser user,
            @RequestParam(required = false) String version,
            Model model) {
        return answers.answer(id, user, version, model, seen -> calendars.removeCalendarDay(id, user, seen, date));
    }
}
