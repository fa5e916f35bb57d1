package cn.zhuanban.meeting.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserView;
import cn.zhuanban.meeting.MeetingDecisions;
import cn.zhuanban.meeting.MeetingManagement;
import cn.zhuanban.meeting.MeetingRecords;
import cn.zhuanban.meeting.MeetingRecords.DecisionForm;
import cn.zhuanban.meeting.MeetingRecords.MeetingView;
import cn.zhuanban.shared.PickList;
import cn.zhuanban.ticket.TicketCategory;
import cn.zhuanban.ticket.TicketLists;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A meeting's page as the controllers that change a meeting show it again: after a refused form, with the typed input
 * and the messages beside the form they belong to, or after a change by someone else meanwhile.
 */
@Component
class MeetingPage {

    private final MeetingManagement meetings;
    private final MeetingDecisions decisions;
    private final DepartmentManagement departments;
    private final UserDirectory directory;
    private final TicketLists tickets;
    private final AgendaDetails details;

    MeetingPage(
            MeetingManagement meetings,
            MeetingDecisions decisions,
            DepartmentManagement departments,
            UserDirectory directory,
            TicketLists tickets,
            AgendaDetails details) {
        this.meetings = meetings;
        this.details = details;
        this.tickets = tickets;
        this.decisions = decisions;
        this.departments = departments;
        this.directory = directory;
    }

    /**
     * The page with the decision form as given and its messages ({@code errors}). Department staff who may own an
     * action come each marked with his department: the page offers only the chosen owner department's people (and the
     * service refuses an owner from elsewhere). All of them, not a page of users: a province has thousands, and a
     * department's staff past the first page could not be chosen.
     *
     * <p>{@code mayEdit} is the permission every change but the confirmation asks for; {@code editable} adds that the
     * meeting is still a draft. The page offers a control only where the server would take it: a department or the
     * inspection office that only reads sees the draft as text, as everyone sees a confirmed meeting.
     */
    String show(Model model, long id, DecisionForm decision, Map<String, String> errors, CurrentUser user) {
        MeetingView meeting = meetings.find(id, user);
        boolean mayEdit = user.can(Permissions.MEETING_EDIT);
        model.addAttribute("meeting", meeting);
        model.addAttribute("mayEdit", mayEdit);
        model.addAttribute("editable", mayEdit && !meeting.confirmed());
        // before the meeting day the decision form is not offered, the page says from when (the service refuses it)
        model.addAttribute("decidable", decisions.heldBy(meeting.heldOn()));
        model.addAttribute("chair", meeting.chairedBy(user.id()));
        model.addAttribute("agendaState", meetings.agendaState(id, user));
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute(
                "agendaDetails",
                meeting.items().stream()
                        .collect(Collectors.toMap(
                                MeetingRecords.AgendaItemView::id, i -> details.text(meeting, i, locale))));
        model.addAttribute(
                "readableTickets",
                tickets.readable(
                        meeting.decisions().stream()
                                .map(MeetingRecords.ActionView::ticketId)
                                .toList(),
                        user));
        model.addAttribute("departments", decisions.ownerDepartments());
        model.addAttribute("projects", decisions.projectsOf(id, user));
        model.addAttribute("owners", owners(decision.ownerUserId()));
        model.addAttribute("categories", TicketCategory.values());
        model.addAttribute("decision", decision);
        model.addAttribute("errors", errors);
        return "meeting/meeting";
    }

    /**
     * The people who may own an action, with the form's chosen owner kept first when the list no longer offers him
     * (disabled, or his roles taken, since the page was opened): left off, the refused form came back without him and
     * a second save dropped the owner without a word. Only department staff who may sign a ticket: the list offers no
     * one else. Grouped by department in tree order, so that even before a department is chosen the list reads as
     * the departments' people.
     */
    private List<OwnerGroup> owners(Long chosen) {
        List<UserView> people = PickList.keepingChosen(
                decisions.owners(),
                chosen,
                UserView::id,
                id -> directory.find(id).filter(u -> u.departmentId() != null));
        Map<Long, List<UserView>> byDepartment = people.stream().collect(Collectors.groupingBy(UserView::departmentId));
        return departments.tree().stream()
                .filter(d -> byDepartment.containsKey(d.id()))
                .map(d -> new OwnerGroup(d.id(), d.name(), byDepartment.get(d.id())))
                .toList();
    }

    /** A department's people in the owner list, under the department's name. */
    record OwnerGroup(long departmentId, String departmentName, List<UserView> people) {}

    /**
     * The page again after a refused agenda item or amendment, its messages apart from the decision form's
     * ({@code errors}), so that each shows beside its own form only.
     */
    String refused(Model model, String errorsName, Map<String, String> errors, long id, CurrentUser user) {
        model.addAttribute(errorsName, errors);
        return show(model, id, DecisionForm.blank(), Map.of(), user);
    }
}
