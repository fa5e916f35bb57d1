package cn.zhuanban.meeting.web;

import cn.zhuanban.identity.CheckedBeforeBinding;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.meeting.MeetingManagement;
import cn.zhuanban.meeting.MeetingRecords.PlanForm;
import cn.zhuanban.meeting.MeetingRecords.Planned;
import cn.zhuanban.meeting.MeetingRecords.SeriesForm;
import cn.zhuanban.meeting.SeriesPaths;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.web.FormErrors;
import jakarta.validation.Valid;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Meeting series of the task forces in scope, a series' meetings, and planning the next meeting of a series. */
@Controller
@RequestMapping("/meetings")
class MeetingSeriesController {

    /** The rows of a page when none is asked: the pager's first size, as every list (30 read 每页 30 条 / 20 / 50 / 100). */
    static final int PAGE_SIZE = PageQuery.LIST_SIZES.getFirst();

    private static final String VIEW = "hasAuthority('" + Permissions.MEETING_VIEW + "')";
    private static final String EDIT = "hasAuthority('" + Permissions.MEETING_EDIT + "')";

    private final MeetingManagement meetings;
    private final TaskForceManagement taskForces;
    private final FormErrors formErrors;

    MeetingSeriesController(MeetingManagement meetings, TaskForceManagement taskForces, FormErrors formErrors) {
        this.meetings = meetings;
        this.taskForces = taskForces;
        this.formErrors = formErrors;
    }

    @GetMapping
    @PreAuthorize(VIEW)
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            CurrentUser user,
            Model model) {
        return seriesPage(model, null, Map.of(), user, q, page, size);
    }

    @PostMapping("/series")
    @PreAuthorize(EDIT)
    String createSeries(
            @Valid @ModelAttribute("form") SeriesForm form, BindingResult binding, CurrentUser user, Model model) {
        return formErrors.submit(
                binding,
                errors -> seriesPage(model, form, errors, user, null, null, null),
                () -> "redirect:/meetings/series/" + meetings.createSeries(form, user));
    }

    @GetMapping("/series/{id}")
    @PreAuthorize(VIEW)
    String series(
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            CurrentUser user,
            Model model) {
        return meetingsPage(model, id, null, Map.of(), user, page, size);
    }

    /**
     * A refused day (missing, a rest day not confirmed, before the last meeting held) shows the series' page again with
     * the message beside the date and what was typed, not an error page that lost it. A draft after the new meeting
     * whose agenda was kept for its old period is named on the new meeting's page.
     */
    @PostMapping("/series/{id}/meetings")
    @CheckedBeforeBinding(SeriesPaths.class)
    @PreAuthorize(EDIT)
    String plan(
            @PathVariable long id,
            @Valid @ModelAttribute("planForm") PlanForm form,
            BindingResult binding,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return formErrors.submit(binding, errors -> meetingsPage(model, id, form, errors, user, null, null), () -> {
            Planned planned = meetings.plan(id, form.heldOn(), form.restDayConfirmed(), user);
            if (planned.kept() != null) {
                // the draft after it kept an agenda of its old period: the new meeting's page says which and why
                redirect.addFlashAttribute("agendaKept", planned.kept());
            }
            return "redirect:/meetings/" + planned.id();
        });
    }

    private String meetingsPage(
            Model model,
            long id,
            PlanForm form,
            Map<String, String> errors,
            CurrentUser user,
            Integer page,
            Integer size) {
        model.addAttribute("seriesId", id);
        model.addAttribute("meetings", meetings.meetingsOf(id, user, PageQuery.ofList(page, size, PAGE_SIZE)));
        // A series is known by its task force: the title tells one series' page from another's.
        model.addAttribute("taskForceName", meetings.taskForceOf(id, user));
        model.addAttribute("planForm", form);
        model.addAttribute("errors", errors);
        return "meeting/meetings";
    }

    private String seriesPage(
            Model model,
            SeriesForm form,
            Map<String, String> errors,
            CurrentUser user,
            String q,
            Integer page,
            Integer size) {
        model.addAttribute("series", meetings.series(user, q, PageQuery.ofList(page, size, PAGE_SIZE)));
        model.addAttribute("q", q);
        Long chosen = form == null ? null : form.taskForceId();
        model.addAttribute(
                "taskForceChoices",
                user.can(Permissions.MEETING_EDIT) ? taskForces.choices(user, null, chosen) : List.of());
        model.addAttribute("selectedTaskForce", chosen);
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "meeting/series";
    }
}
