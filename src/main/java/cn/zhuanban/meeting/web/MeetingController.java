package cn.zhuanban.meeting.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserView;
import cn.zhuanban.meeting.MeetingDecisions;
import cn.zhuanban.meeting.MeetingManagement;
import cn.zhuanban.meeting.MeetingRecords.DecisionForm;
import cn.zhuanban.meeting.MeetingRecords.MeetingView;
import cn.zhuanban.meeting.MeetingRecords.SeriesForm;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.FormErrors;
import cn.zhuanban.ticket.TicketCategory;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
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

/**
 * Meeting series, a meeting's page (agenda, minutes, decisions, confirmation), the DOCX agenda and
 * minutes. The agenda's buttons are plain forms that htmx enhances: without JavaScript each one posts
 * and comes back to the page; with it, the page's body is swapped in place.
 */
@Controller
@RequestMapping("/meetings")
class MeetingController {

    private static final String VIEW = "hasAuthority('" + Permissions.MEETING_VIEW + "')";
    private static final String EDIT = "hasAuthority('" + Permissions.MEETING_EDIT + "')";

    private final MeetingManagement meetings;
    private final MeetingDecisions decisions;
    private final TaskForceManagement taskForces;
    private final DepartmentManagement departments;
    private final UserDirectory directory;
    private final MinutesDocx docx;
    private final FormErrors formErrors;

    MeetingController(
            MeetingManagement meetings,
            MeetingDecisions decisions,
            TaskForceManagement taskForces,
            DepartmentManagement departments,
            UserDirectory directory,
            MinutesDocx docx,
            FormErrors formErrors) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.taskForces = taskForces;
        this.departments = departments;
        this.directory = directory;
        this.docx = docx;
        this.formErrors = formErrors;
    }

    @GetMapping
    @PreAuthorize(VIEW)
    String list(CurrentUser user, Model model) {
        return seriesPage(model, null, Map.of(), user);
    }

    @PostMapping("/series")
    @PreAuthorize(EDIT)
    String createSeries(
            @Valid @ModelAttribute("form") SeriesForm form, BindingResult binding, CurrentUser user, Model model) {
        return formErrors.submit(
                binding,
                errors -> seriesPage(model, form, errors, user),
                () -> "redirect:/meetings/series/" + meetings.createSeries(form, user));
    }

    @GetMapping("/series/{id}")
    @PreAuthorize(VIEW)
    String series(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("seriesId", id);
        model.addAttribute("meetings", meetings.meetingsOf(id, user));
        return "meeting/meetings";
    }

    @PostMapping("/series/{id}/meetings")
    @PreAuthorize(EDIT)
    String plan(
            @PathVariable long id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            CurrentUser user) {
        return "redirect:/meetings/" + meetings.plan(id, heldOn, user);
    }

    @GetMapping("/{id}")
    @PreAuthorize(VIEW)
    String meeting(@PathVariable long id, CurrentUser user, Model model) {
        return meetingPage(model, id, DecisionForm.blank(), Map.of(), user);
    }

    /**
     * A blank title was added as an empty item and a long one cut short without a word: both now come back to the
     * page with the message under the input and the title as typed.
     */
    @PostMapping("/{id}/items")
    @PreAuthorize(EDIT)
    String addItem(
            @PathVariable long id,
            @Valid @ModelAttribute("newItem") AgendaItemForm form,
            BindingResult binding,
            @RequestParam int version,
            CurrentUser user,
            Model model) {
        return formErrors.submit(binding, errors -> refused(model, "itemErrors", errors, id, user), () -> {
            meetings.addItem(id, form.title(), version, user);
            return back(id);
        });
    }

    @PostMapping("/{id}/items/{item}/remove")
    @PreAuthorize(EDIT)
    String remove(@PathVariable long id, @PathVariable long item, @RequestParam int version, CurrentUser user) {
        meetings.removeItem(id, item, version, user);
        return back(id);
    }

    @PostMapping("/{id}/items/{item}/move")
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

    @PostMapping("/{id}/items/{item}/minutes")
    @PreAuthorize(EDIT)
    String minutes(
            @PathVariable long id,
            @PathVariable long item,
            @RequestParam String minutes,
            @RequestParam int version,
            CurrentUser user,
            Model model,
            HttpServletResponse response) {
        try {
            meetings.recordMinutes(id, item, minutes, version, user);
            return back(id);
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("unsavedMinutes", Map.of(item, minutes));
            return changedMeanwhile(model, id, user, response);
        }
    }

    @PostMapping("/{id}/attendance")
    @PreAuthorize(EDIT)
    String attendance(
            @PathVariable long id,
            @RequestParam String attendees,
            @RequestParam int version,
            CurrentUser user,
            Model model,
            HttpServletResponse response) {
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
        return meetingPage(model, id, DecisionForm.blank(), Map.of(), user);
    }

    @PostMapping("/{id}/decisions")
    @PreAuthorize(EDIT)
    String decide(
            @PathVariable long id,
            @Valid @ModelAttribute("decision") DecisionForm form,
            BindingResult binding,
            @RequestParam int version,
            CurrentUser user,
            Model model) {
        return formErrors.submit(binding, errors -> meetingPage(model, id, form, errors, user), () -> {
            decisions.decide(id, form, version, user);
            return back(id);
        });
    }

    /**
     * Only the chair (the task force's lead) confirms, which the service checks; the chair need not keep
     * the minutes, so viewing the meeting is the permission asked here (a district leader chairs
     * without the editing permission the office has).
     */
    @PostMapping("/{id}/confirm")
    @PreAuthorize(VIEW)
    String confirm(@PathVariable long id, @RequestParam int version, CurrentUser user) {
        meetings.confirm(id, version, user);
        return back(id);
    }

    /** A blank correction was kept as an empty one and a long one ended on the error page; both now come back. */
    @PostMapping("/{id}/amendments")
    @PreAuthorize(EDIT)
    String amend(
            @PathVariable long id,
            @Valid @ModelAttribute("amendment") AmendmentForm form,
            BindingResult binding,
            CurrentUser user,
            Model model) {
        return formErrors.submit(binding, errors -> refused(model, "amendmentErrors", errors, id, user), () -> {
            meetings.amend(id, form.text(), user);
            return back(id);
        });
    }

    @PostMapping("/actions/{action}/close")
    @PreAuthorize(EDIT)
    String closeAction(@PathVariable long action, @RequestParam long meetingId, CurrentUser user) {
        decisions.closeAction(action, user);
        return back(meetingId);
    }

    @AuditedExport
    @GetMapping("/{id}/minutes.docx")
    @PreAuthorize(VIEW)
    void exportMinutes(@PathVariable long id, CurrentUser user, Locale locale, HttpServletResponse response)
            throws IOException {
        MeetingView m = meetings.find(id, user);
        docxHeaders(response, m.taskForceName() + "-" + m.number() + ".docx");
        docx.write(m, locale, response.getOutputStream());
    }

    @AuditedExport
    @GetMapping("/{id}/agenda.docx")
    @PreAuthorize(VIEW)
    void exportAgenda(@PathVariable long id, CurrentUser user, Locale locale, HttpServletResponse response)
            throws IOException {
        MeetingView m = meetings.find(id, user);
        docxHeaders(response, m.taskForceName() + "-" + m.number() + "-agenda.docx");
        docx.writeAgenda(m, locale, response.getOutputStream());
    }

    private String seriesPage(Model model, SeriesForm form, Map<String, String> errors, CurrentUser user) {
        model.addAttribute("series", meetings.series(user));
        model.addAttribute("taskForces", taskForces.options());
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "meeting/series";
    }

    /**
     * The page again after a refused agenda item or amendment, its messages apart from the decision form's
     * ({@code errors}), so that each shows beside its own form only.
     */
    private String refused(Model model, String errorsName, Map<String, String> errors, long id, CurrentUser user) {
        model.addAttribute(errorsName, errors);
        return meetingPage(model, id, DecisionForm.blank(), Map.of(), user);
    }

    private String meetingPage(
            Model model, long id, DecisionForm decision, Map<String, String> errors, CurrentUser user) {
        MeetingView meeting = meetings.find(id, user);
        model.addAttribute("meeting", meeting);
        model.addAttribute("chair", meeting.chairedBy(user.id()));
        model.addAttribute("departments", departments.tree());
        model.addAttribute("projects", decisions.projectsOf(id, user));
        model.addAttribute("owners", owners());
        model.addAttribute("categories", TicketCategory.values());
        model.addAttribute("decision", decision);
        model.addAttribute("errors", errors);
        return "meeting/meeting";
    }

    /**
     * Department staff who may own an action, each marked with his department: the page offers only the
     * chosen owner department's people (and the service refuses an owner from elsewhere). All of them, not a
     * page of users: a province has thousands, and a department's staff past the first page could not be chosen.
     */
    private List<UserView> owners() {
        return directory.departmentStaff();
    }

    private static void docxHeaders(HttpServletResponse response, String name) {
        response.setContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        response.setHeader("Content-Disposition", Downloads.attachment(name));
    }

    private static String back(long id) {
        return "redirect:/meetings/" + id;
    }
}
