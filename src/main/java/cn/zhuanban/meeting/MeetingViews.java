package cn.zhuanban.meeting;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.meeting.MeetingRecords.ActionProgress;
import cn.zhuanban.meeting.MeetingRecords.ActionView;
import cn.zhuanban.meeting.MeetingRecords.AgendaItemView;
import cn.zhuanban.meeting.MeetingRecords.AmendmentView;
import cn.zhuanban.meeting.MeetingRecords.MeetingView;
import cn.zhuanban.meeting.MeetingRecords.SeriesView;
import cn.zhuanban.meeting.domain.ActionStore;
import cn.zhuanban.meeting.domain.AgendaStore;
import cn.zhuanban.meeting.domain.MeetingRow;
import cn.zhuanban.meeting.domain.MeetingStore;
import cn.zhuanban.project.Named;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.project.TaskForceView;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.ticket.ActionTicketStatus;
import cn.zhuanban.ticket.MeetingTickets;
import cn.zhuanban.ticket.PastActionStatuses;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Assembles meeting views with the names of people, departments and task forces. */
@Component
class MeetingViews {

    private final MeetingStore meetings;
    private final AgendaStore agenda;
    private final ActionStore actions;
    private final TaskForceManagement taskForces;
    private final UserDirectory directory;
    private final DepartmentManagement departments;
    private final MeetingTickets tickets;
    private final PastActionStatuses pastStatuses;
    private final ActionDeadlines actionDeadlines;
    private final Clock clock;

    MeetingViews(
            MeetingStore meetings,
            AgendaStore agenda,
            ActionStore actions,
            TaskForceManagement taskForces,
            UserDirectory directory,
            DepartmentManagement departments,
            MeetingTickets tickets,
            PastActionStatuses pastStatuses,
            ActionDeadlines actionDeadlines,
            Clock clock) {
        this.actionDeadlines = actionDeadlines;
        this.tickets = tickets;
        this.pastStatuses = pastStatuses;
        this.clock = clock;
        this.meetings = meetings;
        this.agenda = agenda;
        this.actions = actions;
        this.taskForces = taskForces;
        this.directory = directory;
        this.departments = departments;
    }

    /** The meeting with its task force (already checked visible by the caller), whose lead chairs it. */
    MeetingView view(MeetingRow m, TaskForceView taskForce) {
        List<ActionStore.ActionRow> decided = actions.ofMeeting(m.id());
        List<AgendaItemView> items = agenda.of(m.id());
        List<ActionStore.AmendmentRow> amendments = actions.amendments(m.id());
        Set<Long> people = new HashSet<>();
        decided.stream()
                .map(ActionStore.ActionRow::ownerUserId)
                .filter(Objects::nonNull)
                .forEach(people::add);
        amendments.forEach(a -> people.add(a.authorId()));
        Map<Long, String> names = directory.namesOf(people);
        Map<Long, String> departmentNames = departments.names();
        // the minutes say the deadline as the ticket's extensions left it; a past meeting's, as of its day
        Map<Long, LocalDate> deadlines = actionDeadlines.of(decided, m.heldOn());
        return new MeetingView(
                m.id(),
                m.seriesId(),
                m.taskForceId(),
                taskForce.name(),
                m.number(),
                m.heldOn(),
                m.since(),
                m.confirmed(),
                m.attendees(),
                m.place(),
                m.startTime(),
                m.weekday(),
                items,
                decided.stream()
                        .map(a -> action(a, deadlines.get(a.id()), names, departmentNames))
                        .toList(),
                amendments.stream()
                        .map(a -> new AmendmentView(a.text(), names.get(a.authorId()), a.createdAt()))
                        .toList(),
                m.version(),
                taskForce.leadUserId(),
                taskForce.leadName(),
                m.confirmed() ? confirmedProgress(m, items) : progress(items, m.heldOn()));
    }

    /**
     * A confirmed meeting's carried-over actions and escalated tickets as they were kept at confirmation, so that the
     * minutes read later are the record of the meeting; an item whose standing was not kept (confirmed before
     * standings were kept, or before a ticket's item got one) reads as a draft would, as of the meeting day.
     */
    private Map<Long, ActionProgress> confirmedProgress(MeetingRow m, List<AgendaItemView> items) {
        Map<Long, ActionProgress> frozen = agenda.frozenProgress(m.id());
        Map<Long, ActionProgress> out = new HashMap<>(
                progress(items.stream().filter(i -> !frozen.containsKey(i.id())).toList(), m.heldOn()));
        out.putAll(frozen);
        return out;
    }

    /** Keeps where the meeting's carried-over actions stand for it, as the confirmed minutes will read them. */
    void freezeProgress(MeetingRow m) {
        agenda.freezeProgress(progress(agenda.of(m.id()), m.heldOn()));
    }

    /**
     * The day a meeting reviews its carried-over actions on: today until the meeting is held, then its own day. A
     * meeting held last week and confirmed today says what that meeting saw: an action finished since was still open
     * then, and its lateness counts up to the meeting day, not to the day someone reads the minutes.
     */
    private LocalDate reviewDay(LocalDate heldOn) {
        LocalDate today = LocalDate.now(clock);
        return heldOn.isBefore(today) ? heldOn : today;
    }

    /**
     * Where each carried-over action (an OPEN_ACTION item, whose ref is the action) stood on the meeting's review day
     * ({@link #reviewDay}): its ticket's state, card and lateness, or, for an action without a ticket (recorded before
     * actions became tickets), open or done. A red ticket's item (TICKET_RED, whose ref is the ticket: the escalation
     * ladder's, or the agenda's own) likewise: its detail is the ticket as it stood when the item was written, which
     * for a meeting held since is not what the meeting saw.
     */
    private Map<Long, ActionProgress> progress(List<AgendaItemView> items, LocalDate heldOn) {
        Map<Long, Long> actionOfItem = new HashMap<>();
        Map<Long, Long> ticketOfItem = new HashMap<>();
        items.stream().filter(i -> i.refId() != null).forEach(i -> {
            if (i.source() == AgendaSource.OPEN_ACTION) {
                actionOfItem.put(i.id(), i.refId());
            } else if (i.source() == AgendaSource.TICKET_RED) {
                ticketOfItem.put(i.id(), i.refId());
            }
        });
        if (actionOfItem.isEmpty() && ticketOfItem.isEmpty()) {
            return Map.of();
        }
        Map<Long, ActionStore.ActionRow> rows =
                actionOfItem.isEmpty() ? Map.of() : actions.byIds(actionOfItem.values());
        LocalDate day = reviewDay(heldOn);
        Map<Long, ActionTicketStatus> statuses = statuses(rows.values(), ticketOfItem.values(), day);
        Map<Long, ActionProgress> progress = new HashMap<>();
        actionOfItem.forEach((itemId, actionId) -> {
            ActionStore.ActionRow a = rows.get(actionId);
            if (a == null) {
                return;
            }
            ActionTicketStatus s = a.ticketId() == null ? null : statuses.get(a.ticketId());
            progress.put(
                    itemId,
                    s == null ? new ActionProgress(a.openOn(day) ? "in-progress" : "done", 0, day) : progress(s, day));
        });
        ticketOfItem.forEach((itemId, ticketId) -> {
            ActionTicketStatus s = statuses.get(ticketId);
            if (s != null) {
                progress.put(itemId, progress(s, day));
            }
        });
        return progress;
    }

    private static ActionProgress progress(ActionTicketStatus s, LocalDate day) {
        String standing = s.standing();
        if ("red".equals(standing) && s.workingDaysOverdue() > 0) {
            standing = "red-" + s.overdue();
        }
        return new ActionProgress(standing, s.workingDaysOverdue(), day);
    }

    /**
     * The actions' and the red items' tickets as they stand today, or as they stood at the end of a past review day,
     * read together: an action's with the resolve date its meeting decided.
     */
    private Map<Long, ActionTicketStatus> statuses(
            Collection<ActionStore.ActionRow> rows, Collection<Long> redTickets, LocalDate day) {
        Map<Long, LocalDate> decided = new HashMap<>();
        rows.stream().filter(a -> a.ticketId() != null).forEach(a -> decided.putIfAbsent(a.ticketId(), a.deadline()));
        redTickets.forEach(t -> decided.putIfAbsent(t, null));
        if (!day.isBefore(LocalDate.now(clock))) {
            return tickets.statuses(decided.keySet());
        }
        return pastStatuses.on(decided, day);
    }

    PageResult<SeriesView> series(CurrentUser user, String q, PageQuery page) {
        Map<Long, String> visible = taskForces.visible(user).stream().collect(Collectors.toMap(Named::id, Named::name));
        return meetings.seriesOf(List.copyOf(visible.keySet()), q, page)
                .map(s -> new SeriesView(
                        s.id(),
                        s.taskForceId(),
                        visible.get(s.taskForceId()),
                        DayOfWeek.valueOf(s.weekday()),
                        s.startTime(),
                        s.place()));
    }

    static ActionView action(
            ActionStore.ActionRow a, LocalDate deadline, Map<Long, String> names, Map<Long, String> departments) {
        return new ActionView(
                a.id(),
                a.meetingId(),
                a.meetingNumber(),
                a.agendaItemId(),
                a.decision(),
                a.ownerDepartmentId(),
                a.ownerDepartmentId() == null ? null : departments.get(a.ownerDepartmentId()),
                a.ownerUserId(),
                a.ownerUserId() == null ? null : names.get(a.ownerUserId()),
                deadline == null ? a.currentDeadline() : deadline,
                "OPEN".equals(a.status()),
                a.ticketId(),
                a.projectId());
    }
}
