package cn.zhuanban.meeting;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.DepartmentView;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserView;
import cn.zhuanban.meeting.MeetingRecords.DecisionForm;
import cn.zhuanban.meeting.domain.ActionStore;
import cn.zhuanban.meeting.domain.AgendaStore;
import cn.zhuanban.meeting.domain.MeetingRow;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectSummary;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.ticket.MeetingTickets;
import cn.zhuanban.ticket.TicketCategory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a meeting decides: each decision becomes an action with an owner in the owner department and a deadline,
 * carried by a ticket of source MEETING, and stays on every next agenda until its ticket ends.
 */
@Service
@Transactional
public class MeetingDecisions {

    /** Text stored in another module's data (the action ticket's description) is in the district's language. */
    private static final Locale STORED_TEXT = Locale.SIMPLIFIED_CHINESE;

    private final MeetingAccess access;
    private final AgendaStore agenda;
    private final ActionStore actions;
    private final TaskForceManagement taskForces;
    private final ProjectReads projects;
    private final MeetingTickets tickets;
    private final MessageSource messages;
    private final UserDirectory directory;
    private final DepartmentManagement departments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingDecisions(
            MeetingAccess access,
            AgendaStore agenda,
            ActionStore actions,
            TaskForceManagement taskForces,
            ProjectReads projects,
            MeetingTickets tickets,
            MessageSource messages,
            UserDirectory directory,
            DepartmentManagement departments,
            ApplicationEventPublisher events,
            Clock clock) {
        this.access = access;
        this.agenda = agenda;
        this.actions = actions;
        this.taskForces = taskForces;
        this.projects = projects;
        this.tickets = tickets;
        this.messages = messages;
        this.directory = directory;
        this.departments = departments;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Whether a meeting on {@code heldOn} takes decisions now: from its day on ({@link #decide}). Its page offers the
     * decision form only then, and before it says from when.
     */
    public boolean heldBy(LocalDate heldOn) {
        return !heldOn.isAfter(LocalDate.now(clock));
    }

    /**
     * A decision and its action: a ticket of source MEETING, assigned to the owner department (and, when named, its
     * owner answers for it there) with
     * the deadline, on the project the decision names, else the agenda item's, else the task force's
     * only one. The action stays on every next agenda until its ticket closes.
     *
     * <p>Only from the meeting day on: the ticket is assigned at once and its clock runs, so a decision recorded on a
     * meeting planned ahead opened a tracked ticket days before anybody had decided anything. A draft of it before the
     * meeting belongs in the item's minutes.
     */
    public long decide(long meetingId, DecisionForm form, int version, CurrentUser user) {
        MeetingRow m = access.editable(meetingId, version, user);
        if (!heldBy(m.heldOn())) {
            throw BusinessException.invalid(null, "meeting.decision.before-meeting-day", m.heldOn());
        }
        Long itemProject = null;
        if (form.agendaItemId() != null) {
            access.checkItem(m.id(), form.agendaItemId());
            itemProject = agenda.item(form.agendaItemId())
                    .map(MeetingRecords.AgendaItemView::projectId)
                    .orElse(null);
        }
        long projectId = actionProject(m.taskForceId(), form.projectId(), itemProject, user);
        checkOwner(form.ownerUserId(), form.ownerDepartmentId());
        TicketCategory category = form.category() == null ? TicketCategory.OTHER : form.category();
        String title = form.decision().strip();
        long ticketId = tickets.openAction(
                projectId,
                category,
                title.length() > 200 ? title.substring(0, 200) : title,
                messages.getMessage(
                        "meeting.action.description",
                        new Object[] {
                            messages.getMessage(
                                    "meeting.name",
                                    new Object[] {m.number(), m.heldOn().toString()},
                                    STORED_TEXT),
                            title
                        },
                        STORED_TEXT),
                form.ownerDepartmentId(),
                form.deadline(),
                user);
        long actionId = actions.add(m.id(), m.taskForceId(), form, projectId, category.name(), ticketId);
        publish(
                "meeting.decided",
                "meeting-action",
                actionId,
                form.decision() + " → " + form.ownerDepartmentId() + "/" + form.ownerUserId() + " " + form.deadline()
                        + " ticket " + ticketId);
        return actionId;
    }

    /** Closes an action without a ticket (recorded before actions became tickets); others close with their ticket. */
    public void closeAction(long actionId, CurrentUser user) {
        ActionStore.ActionRow a =
                actions.find(actionId).orElseThrow(() -> new NotFoundException("meeting-action", actionId));
        taskForces.find(a.taskForceId(), user);
        if (a.ticketId() != null) {
            throw new BusinessException(ErrorCode.MEETING_ACTION_TICKETED, a.ticketId());
        }
        actions.close(actionId, LocalDate.now(clock));
        publish("meeting.action-closed", "meeting-action", actionId, "OPEN → CLOSED");
    }

    /** The projects of the meeting's task force that the user sees, for the decision form. */
    @Transactional(readOnly = true)
    public List<ProjectSummary> projectsOf(long meetingId, CurrentUser user) {
        return served(access.load(meetingId, user).taskForceId(), user);
    }

    /** Called when an action's ticket ended: the action closes too (and leaves the agendas). */
    void ticketEnded(long ticketId, String state) {
        for (long id : actions.closeByTicket(ticketId, LocalDate.now(clock))) {
            events.publishEvent(new MeetingChanged(
                    Actor.of(Actor.SYSTEM),
                    "meeting.action-closed",
                    "meeting-action",
                    id,
                    "OPEN → CLOSED (ticket " + ticketId + " " + state + ")"));
        }
    }

    private long actionProject(long taskForceId, Long chosen, Long ofItem, CurrentUser user) {
        List<Long> served =
                served(taskForceId, user).stream().map(ProjectSummary::id).toList();
        Long project =
                chosen != null ? chosen : ofItem != null ? ofItem : served.size() == 1 ? served.getFirst() : null;
        if (project == null || !served.contains(project)) {
            throw new BusinessException(ErrorCode.MEETING_ACTION_PROJECT, "projectId", (Object) null);
        }
        return project;
    }

    /**
     * Who may own an action: department staff who may sign a ticket, since the action is one. The supervision office
     * and the audit bureau read every ticket and act on none: an action of theirs would wait for a signature forever.
     */
    @Transactional(readOnly = true)
    public List<UserView> owners() {
        return directory.departmentStaffWith(List.of(Permissions.TICKET_HANDLE));
    }

    /**
     * The departments an action may go to, in tree order: those that handle tickets, as for any ticket's assignment
     * ({@link DepartmentManagement#handlingTickets}).
     */
    @Transactional(readOnly = true)
    public List<DepartmentView> ownerDepartments() {
        return departments.handlingTickets();
    }

    /**
     * The department answers for the action; a named owner, when there is one, answers inside it, so he must be one
     * of its people: an owner from elsewhere would see a ticket his department never received. Many departments have
     * no users in the system (the ticket reaches them as any ticket assigned to them does), so no owner is needed.
     * Neither department nor owner may be one that only reads tickets ({@link #ownerDepartments}, {@link #owners}).
     */
    private void checkOwner(Long ownerUserId, Long departmentId) {
        if (departmentId == null) {
            throw BusinessException.invalid("ownerDepartmentId", "validation.required");
        }
        DepartmentView department = departments
                .find(departmentId)
                .orElseThrow(
                        () -> new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "ownerDepartmentId", departmentId));
        if (departments.readingTicketsOnly().contains(departmentId)) {
            throw BusinessException.invalid(
                    "ownerDepartmentId", "meeting.owner-department.reads-only", department.name());
        }
        if (ownerUserId == null) {
            return;
        }
        UserView owner = directory
                .find(ownerUserId)
                .orElseThrow(() -> new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "ownerUserId", ownerUserId));
        // A disabled account, or one without a business role, could never sign the action's ticket.
        if (!owner.enabled() || owner.roles().isEmpty()) {
            throw new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "ownerUserId", ownerUserId);
        }
        if (owner.departmentId() == null || !owner.departmentId().equals(departmentId)) {
            throw new BusinessException(
                    ErrorCode.MEETING_ACTION_OWNER, "ownerUserId", owner.fullName(), department.name());
        }
        if (owners().stream().noneMatch(u -> u.id() == ownerUserId)) {
            throw BusinessException.invalid("ownerUserId", "meeting.owner.reads-only", owner.fullName());
        }
    }

    private List<ProjectSummary> served(long taskForceId, CurrentUser user) {
        return projects.search(ProjectFilter.ofTaskForce(taskForceId), user, new PageQuery(0, PageQuery.MAX_SIZE))
                .content();
    }

    private void publish(String action, String type, long id, String summary) {
        events.publishEvent(new MeetingChanged(Actor.current(), action, type, id, summary));
    }
}
