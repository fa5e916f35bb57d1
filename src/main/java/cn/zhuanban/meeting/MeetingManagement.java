package cn.zhuanban.meeting;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.DepartmentView;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserView;
import cn.zhuanban.meeting.MeetingRecords.DecisionForm;
import cn.zhuanban.meeting.MeetingRecords.MeetingSummary;
import cn.zhuanban.meeting.MeetingRecords.MeetingView;
import cn.zhuanban.meeting.MeetingRecords.SeriesForm;
import cn.zhuanban.meeting.MeetingRecords.SeriesView;
import cn.zhuanban.meeting.domain.ActionStore;
import cn.zhuanban.meeting.domain.AgendaStore;
import cn.zhuanban.meeting.domain.MeetingRow;
import cn.zhuanban.meeting.domain.MeetingStore;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectSummary;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.project.TaskForceView;
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
 * Weekly meetings of a task force: series, meetings with a generated agenda that staff reorder,
 * trim and extend, attendance, minutes per item, decisions with owner and deadline, confirmation
 * by the chair (read-only afterwards, corrections as amendments). A meeting is visible to whoever
 * sees its task force.
 */
@Service
@Transactional
public class MeetingManagement {

    /** Text stored in another module's data (the action ticket's description) is in the district's language. */
    private static final Locale STORED_TEXT = Locale.SIMPLIFIED_CHINESE;

    private final MeetingStore meetings;
    private final AgendaStore agenda;
    private final ActionStore actions;
    private final AgendaBuilder builder;
    private final MeetingViews views;
    private final TaskForceManagement taskForces;
    private final ProjectManagement projects;
    private final MeetingTickets tickets;
    private final MessageSource messages;
    private final UserDirectory directory;
    private final DepartmentManagement departments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingManagement(
            MeetingStore meetings,
            AgendaStore agenda,
            ActionStore actions,
            AgendaBuilder builder,
            MeetingViews views,
            TaskForceManagement taskForces,
            ProjectManagement projects,
            MeetingTickets tickets,
            MessageSource messages,
            UserDirectory directory,
            DepartmentManagement departments,
            ApplicationEventPublisher events,
            Clock clock) {
        this.directory = directory;
        this.departments = departments;
        this.projects = projects;
        this.tickets = tickets;
        this.messages = messages;
        this.meetings = meetings;
        this.agenda = agenda;
        this.actions = actions;
        this.builder = builder;
        this.views = views;
        this.taskForces = taskForces;
        this.events = events;
        this.clock = clock;
    }

    public long createSeries(SeriesForm form, CurrentUser user) {
        taskForces.find(form.taskForceId(), user);
        long id = meetings.createSeries(form);
        publish(
                "meeting.series-created",
                "meeting-series",
                id,
                form.weekday() + " " + form.startTime() + " " + form.place());
        return id;
    }

    /** A new meeting of the series on {@code heldOn}, its agenda built from the data since the last one. */
    public long plan(long seriesId, LocalDate heldOn, CurrentUser user) {
        MeetingStore.SeriesRow series = series(seriesId, user);
        LocalDate since = meetings.lastHeldOn(seriesId).orElse(null);
        long id = meetings.createMeeting(series, heldOn, since);
        int items = builder.build(id, series.taskForceId(), since, heldOn, user);
        publish("meeting.planned", "meeting", id, heldOn + ", " + items + " agenda items");
        return id;
    }

    @Transactional(readOnly = true)
    public MeetingView find(long id, CurrentUser user) {
        MeetingRow m = load(id, user);
        return views.view(m, taskForces.find(m.taskForceId(), user));
    }

    @Transactional(readOnly = true)
    public List<SeriesView> series(CurrentUser user) {
        return views.series(user);
    }

    @Transactional(readOnly = true)
    public List<MeetingSummary> meetingsOf(long seriesId, CurrentUser user) {
        series(seriesId, user);
        return meetings.meetingsOf(seriesId);
    }

    public void addItem(long meetingId, String title, int version, CurrentUser user) {
        MeetingRow m = editable(meetingId, version, user);
        agenda.add(m.id(), AgendaSource.MANUAL, null, null, title.strip(), null);
        publish("meeting.item-added", "meeting", m.id(), title);
    }

    public void removeItem(long meetingId, long itemId, int version, CurrentUser user) {
        MeetingRow m = editable(meetingId, version, user);
        checkItem(m.id(), itemId);
        agenda.remove(itemId);
        publish("meeting.item-removed", "meeting", m.id(), "item " + itemId);
    }

    public void moveItem(long meetingId, long itemId, boolean up, int version, CurrentUser user) {
        MeetingRow m = editable(meetingId, version, user);
        checkItem(m.id(), itemId);
        agenda.move(m.id(), itemId, up);
        publish("meeting.item-moved", "meeting", m.id(), "item " + itemId + (up ? " up" : " down"));
    }

    public void recordMinutes(long meetingId, long itemId, String minutes, int version, CurrentUser user) {
        MeetingRow m = editable(meetingId, version, user);
        checkItem(m.id(), itemId);
        agenda.minutes(itemId, minutes);
        publish("meeting.minutes-recorded", "meeting", m.id(), "item " + itemId);
    }

    public void recordAttendance(long meetingId, String attendees, int version, CurrentUser user) {
        MeetingRow m = editable(meetingId, version, user);
        meetings.setAttendees(m.id(), attendees);
        publish("meeting.attendance-recorded", "meeting", m.id(), m.attendees() + " → " + attendees);
    }

    /**
     * A decision and its action: a ticket of source MEETING, assigned to the owner department with
     * the deadline, on the project the decision names, else the agenda item's, else the task force's
     * only one. The action stays on every next agenda until its ticket closes.
     */
    public long decide(long meetingId, DecisionForm form, int version, CurrentUser user) {
        MeetingRow m = editable(meetingId, version, user);
        Long itemProject = null;
        if (form.agendaItemId() != null) {
            checkItem(m.id(), form.agendaItemId());
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
                        new Object[] {m.number(), m.heldOn().toString(), title},
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
        return served(load(meetingId, user).taskForceId(), user);
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

    /**
     * The chair confirms the minutes; from then on the meeting is read-only. The chair is the lead of
     * the meeting's task force (a series stores no chair of its own: the task force's lead chairs its
     * weekly meetings), so the office that keeps the minutes cannot confirm them itself.
     */
    public void confirm(long meetingId, int version, CurrentUser user) {
        MeetingRow m = load(meetingId, user);
        TaskForceView taskForce = taskForces.find(m.taskForceId(), user);
        if (taskForce.leadUserId() == null || taskForce.leadUserId() != user.id()) {
            throw new BusinessException(
                    ErrorCode.MEETING_NOT_CHAIR,
                    (String) null,
                    taskForce.leadName() == null ? "—" : taskForce.leadName());
        }
        editable(meetingId, version, user);
        meetings.confirm(m.id(), user.id(), clock.instant());
        publish("meeting.confirmed", "meeting", m.id(), "DRAFT → CONFIRMED");
    }

    /** A correction of a confirmed meeting, kept beside the minutes and in the audit log. */
    public void amend(long meetingId, String text, CurrentUser user) {
        MeetingRow m = load(meetingId, user);
        actions.amend(m.id(), text, user.id(), clock.instant());
        publish("meeting.amended", "meeting", m.id(), text);
    }

    private MeetingRow editable(long meetingId, int version, CurrentUser user) {
        MeetingRow m = load(meetingId, user);
        if (m.confirmed()) {
            throw new BusinessException(ErrorCode.MEETING_CONFIRMED, (String) null);
        }
        meetings.touch(m.id(), version);
        return m;
    }

    private MeetingRow load(long id, CurrentUser user) {
        MeetingRow m = meetings.meeting(id).orElseThrow(() -> new NotFoundException("meeting", id));
        taskForces.find(m.taskForceId(), user);
        return m;
    }

    private MeetingStore.SeriesRow series(long id, CurrentUser user) {
        MeetingStore.SeriesRow s = meetings.series(id).orElseThrow(() -> new NotFoundException("meeting-series", id));
        taskForces.find(s.taskForceId(), user);
        return s;
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
     * The owner answers for the action inside the owner department, so he must be one of its people: an
     * owner from elsewhere would see a ticket his department never received.
     */
    private void checkOwner(Long ownerUserId, Long departmentId) {
        if (ownerUserId == null || departmentId == null) {
            throw new BusinessException(
                    ErrorCode.VALIDATION, ownerUserId == null ? "ownerUserId" : "ownerDepartmentId", (Object) null);
        }
        UserView owner = directory
                .find(ownerUserId)
                .orElseThrow(() -> new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "ownerUserId", ownerUserId));
        if (owner.departmentId() == null || !owner.departmentId().equals(departmentId)) {
            String department = departments
                    .find(departmentId)
                    .map(DepartmentView::name)
                    .orElseThrow(() ->
                            new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "ownerDepartmentId", departmentId));
            throw new BusinessException(ErrorCode.MEETING_ACTION_OWNER, "ownerUserId", owner.fullName(), department);
        }
    }

    private List<ProjectSummary> served(long taskForceId, CurrentUser user) {
        return projects.search(ProjectFilter.ofTaskForce(taskForceId), user, new PageQuery(0, PageQuery.MAX_SIZE))
                .content();
    }

    private void checkItem(long meetingId, long itemId) {
        if (agenda.meetingOf(itemId).filter(m -> m == meetingId).isEmpty()) {
            throw new NotFoundException("agenda-item", itemId);
        }
    }

    private void publish(String action, String type, long id, String summary) {
        events.publishEvent(new MeetingChanged(Actor.current(), action, type, id, summary));
    }
}
