package cn.zhuanban.meeting.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.meeting.MeetingManagement;
import cn.zhuanban.meeting.MeetingRecords.DecisionForm;
import cn.zhuanban.meeting.MeetingRecords.MeetingView;
import cn.zhuanban.meeting.MeetingRecords.SeriesForm;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.web.Downloads;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Meeting series, a meeting's page (agenda, minutes, decisions, confirmation) and the DOCX minutes. */
@Controller
@RequestMapping("/meetings")
class MeetingController {

    private static final String VIEW = "hasAuthority('" + Permissions.MEETING_VIEW + "')";
    private static final String EDIT = "hasAuthority('" + Permissions.MEETING_EDIT + "')";

    private final MeetingManagement meetings;
    private final TaskForceManagement taskForces;
    private final DepartmentManagement departments;
    private final MinutesDocx docx;

    MeetingController(
            MeetingManagement meetings,
            TaskForceManagement taskForces,
            DepartmentManagement departments,
            MinutesDocx docx) {
        this.meetings = meetings;
        this.taskForces = taskForces;
        this.departments = departments;
        this.docx = docx;
    }

    @GetMapping
    @PreAuthorize(VIEW)
    String list(CurrentUser user, Model model) {
        model.addAttribute("series", meetings.series(user));
        model.addAttribute("taskForces", taskForces.options());
        model.addAttribute("weekdays", DayOfWeek.values());
        return "meeting/series";
    }

    @PostMapping("/series")
    @PreAuthorize(EDIT)
    String createSeries(@Valid @ModelAttribute SeriesForm form, CurrentUser user) {
        long id = meetings.createSeries(form, user);
        return "redirect:/meetings/series/" + id;
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
        model.addAttribute("meeting", meetings.find(id, user));
        model.addAttribute("departments", departments.tree());
        return "meeting/meeting";
    }

    @PostMapping("/{id}/items")
    @PreAuthorize(EDIT)
    String addItem(@PathVariable long id, @RequestParam String title, @RequestParam int version, CurrentUser user) {
        meetings.addItem(id, title, version, user);
        return back(id);
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
            CurrentUser user) {
        meetings.recordMinutes(id, item, minutes, version, user);
        return back(id);
    }

    @PostMapping("/{id}/attendance")
    @PreAuthorize(EDIT)
    String attendance(
            @PathVariable long id, @RequestParam String attendees, @RequestParam int version, CurrentUser user) {
        meetings.recordAttendance(id, attendees, version, user);
        return back(id);
    }

    @PostMapping("/{id}/decisions")
    @PreAuthorize(EDIT)
    String decide(
            @PathVariable long id,
            @Valid @ModelAttribute DecisionForm form,
            @RequestParam int version,
            CurrentUser user) {
        meetings.decide(id, form, version, user);
        return back(id);
    }

    @PostMapping("/{id}/confirm")
    @PreAuthorize(EDIT)
    String confirm(@PathVariable long id, @RequestParam int version, CurrentUser user) {
        meetings.confirm(id, version, user);
        return back(id);
    }

    @PostMapping("/{id}/amendments")
    @PreAuthorize(EDIT)
    String amend(@PathVariable long id, @RequestParam String text, CurrentUser user) {
        meetings.amend(id, text, user);
        return back(id);
    }

    @PostMapping("/actions/{action}/close")
    @PreAuthorize(EDIT)
    String closeAction(@PathVariable long action, @RequestParam long meetingId, CurrentUser user) {
        meetings.closeAction(action, user);
        return back(meetingId);
    }

    @GetMapping("/{id}/minutes.docx")
    @PreAuthorize(VIEW)
    void exportMinutes(@PathVariable long id, CurrentUser user, Locale locale, HttpServletResponse response)
            throws IOException {
        MeetingView m = meetings.find(id, user);
        response.setContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        response.setHeader("Content-Disposition", Downloads.attachment(m.taskForceName() + "-" + m.number() + ".docx"));
        docx.write(m, locale, response.getOutputStream());
    }

    private static String back(long id) {
        return "redirect:/meetings/" + id;
    }
}
