package cn.zhuanban.meeting.web;

import cn.zhuanban.identity.CheckedBeforeBinding;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.meeting.ChairPaths;
import cn.zhuanban.meeting.MeetingDecisions;
import cn.zhuanban.meeting.MeetingManagement;
import cn.zhuanban.meeting.MeetingPaths;
import cn.zhuanban.meeting.MeetingRecords.DecisionForm;
import cn.zhuanban.shared.web.FormErrors;
import jakarta.validation.Valid;
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

/**
 * A meeting's page and what settles it: decisions with their actions, the chair's confirmation, and amendments of the
 * confirmed minutes. The draft's agenda, minutes and attendance are {@link AgendaController}'s.
 */
@Controller
@RequestMapping("/meetings")
class MeetingController {

    private static final String VIEW = "hasAuthority('" + Permissions.MEETING_VIEW + "')";
    private static final String EDIT = "hasAuthority('" + Permissions.MEETING_EDIT + "')";

    private final MeetingManagement meetings;
    private final MeetingDecisions decisions;
    private final MeetingPage page;
    private final FormErrors formErrors;

    MeetingController(MeetingManagement meetings, MeetingDecisions decisions, MeetingPage page, FormErrors formErrors) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.page = page;
        this.formErrors = formErrors;
    }

    @GetMapping("/{id}")
    @PreAuthorize(VIEW)
    String meeting(@PathVariable long id, CurrentUser user, Model model) {
        // the stored agenda only: a GET changes nothing; the page says when the data gives another one (refresh button)
        return page.show(model, id, DecisionForm.blank(), Map.of(), user);
    }

    @PostMapping("/{id}/decisions")
    @CheckedBeforeBinding(MeetingPaths.class)
    @PreAuthorize(EDIT)
    String decide(
            @PathVariable long id,
            @Valid @ModelAttribute("decision") DecisionForm form,
            BindingResult binding,
            @RequestParam int version,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return formErrors.submit(binding, errors -> page.show(model, id, form, errors, user), () -> {
            decisions.decide(id, form, version, user);
            redirect.addFlashAttribute("flash", "meeting.decision-saved");
            return back(id);
        });
    }

    /**
     * Only the chair (the task force's lead) confirms, which the service checks; the chair need not keep
     * the minutes, so viewing the meeting is the permission asked here (a district leader chairs
     * without the editing permission the office has). Whether the user chairs is checked before the form is read
     * ({@link ChairPaths}): 403 before a missing version's 400, and that before a stale version's 409.
     */
    @PostMapping("/{id}/confirm")
    @CheckedBeforeBinding(ChairPaths.class)
    @PreAuthorize(VIEW)
    String confirm(@PathVariable long id, @RequestParam int version, CurrentUser user) {
        meetings.confirm(id, version, user);
        return back(id);
    }

    /** A blank correction was kept as an empty one and a long one ended on the error page; both now come back. */
    @PostMapping("/{id}/amendments")
    @CheckedBeforeBinding(MeetingPaths.class)
    @PreAuthorize(EDIT)
    String amend(
            @PathVariable long id,
            @Valid @ModelAttribute("amendment") AmendmentForm form,
            BindingResult binding,
            CurrentUser user,
            Model model) {
        return formErrors.submit(binding, errors -> page.refused(model, "amendmentErrors", errors, id, user), () -> {
            meetings.amend(id, form.text(), user);
            return back(id);
        });
    }

    @PostMapping("/actions/{action}/close")
    @CheckedBeforeBinding(MeetingPaths.class)
    @PreAuthorize(EDIT)
    String closeAction(@PathVariable long action, @RequestParam long meetingId, CurrentUser user) {
        decisions.closeAction(action, user);
        return back(meetingId);
    }

    private static String back(long id) {
        return "redirect:/meetings/" + id;
    }
}
