package cn.zhuanban.meeting;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.meeting.MeetingRecords.DecisionForm;
import cn.zhuanban.meeting.MeetingRecords.MeetingSummary;
import cn.zhuanban.meeting.MeetingRecords.MeetingView;
import cn.zhuanban.meeting.MeetingRecords.SeriesForm;
import cn.zhuanban.meeting.MeetingRecords.SeriesView;
import cn.zhuanban.meeting.domain.ActionStore;
import cn.zhuanban.meeting.domain.AgendaStore;
import cn.zhuanban.meeting.domain.MeetingRow;
import cn.zhuanban.meeting.domain.MeetingStore;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
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

    private final MeetingStore meetings;
    private final AgendaStore agenda;
    private final ActionStore actions;
    private final AgendaBuilder builder;
    private final MeetingViews views;
    private final TaskForceManagement taskForces;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingManagement(
            MeetingStore meetings,
            AgendaStore agenda,
            ActionStore actions,
            AgendaBuilder builder,
            MeetingViews views,
            TaskForceManagement taskForces,
            ApplicationEventPublisher events,
            Clock clock) {
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
        int items = builder.build(id, series.taskForceId(), heldOn, user);
        publish("meeting.planned", "meeting", id, heldOn + ", " + items + " agenda items");
        return id;
    }

    @Transactional(readOnly = true)
    public MeetingView find(long id, CurrentUser user) {
        return views.view(load(id, user));
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
        agenda.add(m.id(), AgendaSource.MANUAL, null, title.strip(), null);
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

    /** A decision and its action (owner department, owner, deadline), which stays on every agenda until closed. */
    public long decide(long meetingId, DecisionForm form, int version, CurrentUser user) {
        MeetingRow m = editable(meetingId, version, user);
        if (form.agendaItemId() != null) {
            checkItem(m.id(), form.agendaItemId());
        }
        long actionId = actions.add(m.id(), m.taskForceId(), form);
        publish(
                "meeting.decided",
                "meeting-action",
                actionId,
                form.decision() + " → " + form.ownerDepartmentId() + "/" + form.ownerUserId() + " " + form.deadline());
        return actionId;
    }

    public void closeAction(long actionId, CurrentUser user) {
        ActionStore.ActionRow a =
                actions.find(actionId).orElseThrow(() -> new NotFoundException("meeting-action", actionId));
        taskForces.find(a.taskForceId(), user);
        actions.close(actionId, LocalDate.now(clock));
        publish("meeting.action-closed", "meeting-action", actionId, "OPEN → CLOSED");
    }

    /** The chair confirms the minutes; from then on the meeting is read-only. */
    public void confirm(long meetingId, int version, CurrentUser user) {
        MeetingRow m = editable(meetingId, version, user);
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

    private void checkItem(long meetingId, long itemId) {
        if (agenda.meetingOf(itemId).filter(m -> m == meetingId).isEmpty()) {
            throw new NotFoundException("agenda-item", itemId);
        }
    }

    private void publish(String action, String type, long id, String summary) {
        events.publishEvent(new MeetingChanged(Actor.current(), action, type, id, summary));
    }
}
