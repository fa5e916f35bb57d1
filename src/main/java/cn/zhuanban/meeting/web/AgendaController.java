package cn.zhuanban.meeting.web;

import cn.zhuanban.identity.CheckedBeforeBinding;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.meeting.MeetingManagement;
import cn.zhuanban.meeting.MeetingPaths;
import cn.zhuanban.meeting.MeetingRecords.DecisionForm;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What is kept of a draft meeting while it is held: its agenda (items added, removed, reordered), the minutes of each
 * item and the attendance. The agenda's buttons are plain forms that htmx enhances: without JavaScript each one posts
 * and comes back to the page; with it, the page's body is swapped in place.
 */
@Controller
@RequestMapping("/meetings/{id}")
class AgendaController {

    private static final String EDIT = "hasAuthority('" + Permissions.MEETING_EDIT + "')";

    private final MeetingManagement meetings;
    private final MeetingPage page;
    private final FormErrors formErrors;

    AgendaController(MeetingManagement meetings, MeetingPage page, FormErrors formErrors) {
        this.meetings = meetings;
        this.page = page;
        this.formErrors = formErrors;
    }

    /**
     * A blank title was added as an empty item and a long one cut short without a word: both now come back to the
     * page with the message under the input and the title as typed.
     */
    @PostMapping("/items")
    @CheckedBeforeBinding(MeetingPaths.class)
    @PreAuthorize(EDIT)
    String addItem(
            @PathVariable long id,
            @Valid @ModelAttribute("newItem") AgendaItemForm form,
            BindingResult binding,
            @RequestParam int version,
            CurrentUser user,
            Model model) {
        return formErrors.submit(binding, errors -> page.refused(model, "itemErrors", errors, id, user), () -> {
            meetings.addItem(id, form.title(), version, user);
            return back(id);
        });
    }

    /**
     * Brings the draft's agenda up to date with the data: an explicit action of those who may edit the meeting, which
     * the page used to do on every GET (writing, auditing and locking the meeting while reading it). No version: the
     * refresh leaves the items people arranged where they are and makes no one's open form stale. A refusal (the
     * meeting confirmed or held meanwhile) comes back beside the agenda. The page then says what the refresh changed:
     * an agenda already up to date looked the same before and after, and the editor could not tell it had run.
     */
    @PostMapping("/agenda/refresh")
    @CheckedBeforeBinding(MeetingPaths.class)
    @PreAuthorize(EDIT)
    String refreshAgenda(@PathVariable long id, CurrentUser user, Model model, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("agendaRefreshed", meetings.refreshAgenda(id, user));
            return back(id);
        } catch (BusinessException e) {
            return page.refused(model, "agendaErrors", formErrors.of(e), id, user);
        }
    }

    @PostMapping("/items/{item}/remove")
    @CheckedBeforeBinding(MeetingPaths.class)
    @PreAuthorize(EDIT)
    String remove(@PathVariable long id, @PathVariable long item, @RequestParam int version, CurrentUser user) {
        meetings.removeItem(id, item, version, user);
        return back(id);
    }

    @PostMapping("/items/{item}/move")
    @CheckedBeforeBinding(MeetingPaths.class)
    @PreAuthorize(EDIT)
    String move(
            @PathVariable long id,
            @PathVariable long item,
            @RequestParam boolean up,
            @RequestParam int version,
            CurrentUser user) {
        meetings.moveItem(id, item, up, version, user);
        return back(id);
    }

    /**
     * Minutes or an attendance longer than their column keeps ended in a 500 that lost the typed text: both now come
     * back with the message under their input and the text as typed.
     */
    @PostMapping("/items/{item}/minutes")
    @CheckedBeforeBinding(MeetingPaths.class)
    @PreAuthorize(EDIT)
    String minutes(
            @PathVariable long id,
            @PathVariable long item,
            @Valid @ModelAttribute("itemMinutes") MinutesForm form,
            BindingResult binding,
            @RequestParam int version,
            CurrentUser user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        String minutes = form.minutes() == null ? "" : form.minutes();
        if (binding.hasErrors()) {
            model.addAttribute("unsavedMinutes", Map.of(item, minutes));
            return page.refused(model, "minutesErrors", formErrors.of(binding), id, user);
        }
        try {
            meetings.recordMinutes(id, item, minutes, version, user);
            redirect.addFlashAttribute("flash", "meeting.minutes-saved");
            return back(id);
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("unsavedMinutes", Map.of(item, minutes));
            return changedMeanwhile(model, id, user, response);
        }
    }

    @PostMapping("/attendance")
    @CheckedBeforeBinding(MeetingPaths.class)
    @PreAuthorize(EDIT)
    String attendance(
            @PathVariable long id,
            @Valid @ModelAttribute("attendance") AttendanceForm form,
            BindingResult binding,
            @RequestParam int version,
            CurrentUser user,
            Model model,
            HttpServletResponse response) {
        String attendees = form.attendees() == null ? "" : form.attendees();
        if (binding.hasErrors()) {
            model.addAttribute("unsavedAttendees", attendees);
            return page.refused(model, "attendanceErrors", formErrors.of(binding), id, user);
        }
        try {
            meetings.recordAttendance(id, attendees, version, user);
            return back(id);
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("unsavedAttendees", attendees);
            return changedMeanwhile(model, id, user, response);
        }
    }

    /**
     * Minutes are taken during the meeting, often by two people, and any change to the meeting moves its version:
     * a save that lost the race shows the page again with the typed text where it was typed (and the new version),
     * so a second save keeps it, instead of a dead-end page that lost it.
     */
    private String changedMeanwhile(Model model, long id, CurrentUser user, HttpServletResponse response) {
        FormErrors.answerChangedMeanwhile(response);
        return page.show(model, id, DecisionForm.blank(), Map.of(), user);
    }

    private static String back(long id) {
        return "redirect:/meetings/" + id;
    }
}
