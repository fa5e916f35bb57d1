package cn.zhuanban.meeting;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.meeting.MeetingRecords.AgendaChanges;
import cn.zhuanban.meeting.MeetingRecords.AgendaState;
import cn.zhuanban.meeting.MeetingRecords.MeetingSummary;
import cn.zhuanban.meeting.MeetingRecords.MeetingView;
import cn.zhuanban.meeting.MeetingRecords.Planned;
import cn.zhuanban.meeting.MeetingRecords.SeriesForm;
import cn.zhuanban.meeting.MeetingRecords.SeriesView;
import cn.zhuanban.meeting.domain.ActionStore;
import cn.zhuanban.meeting.domain.AgendaStore;
import cn.zhuanban.meeting.domain.MeetingRow;
import cn.zhuanban.meeting.domain.MeetingStore;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ChangeSummary;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.shared.SupportedDates;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Weekly meetings of a task force: series, meetings with a generated agenda that staff reorder,
 * trim and extend, attendance, minutes per item, confirmation by the chair (read-only afterwards,
 * corrections as amendments). Decisions are {@link MeetingDecisions}. A meeting is visible to
 * whoever sees its task force.
 */
@Service
@Transactional
public class MeetingManagement {

    private final MeetingAccess access;
    private final MeetingStore meetings;
    private final AgendaStore agenda;
    private final ActionStore actions;
    private final AgendaBuilder builder;
    private final AgendaRefresh refresh;
    private final AgendaRedraft redraft;
    private final MeetingDays days;
    private final MeetingViews views;
    private final TaskForceManagement taskForces;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingManagement(
            MeetingAccess access,
            MeetingStore meetings,
            AgendaStore agenda,
            ActionStore actions,
            AgendaBuilder builder,
            AgendaRefresh refresh,
            AgendaRedraft redraft,
            MeetingDays days,
            MeetingViews views,
            TaskForceManagement taskForces,
            ApplicationEventPublisher events,
            Clock clock) {
        this.access = access;
        this.meetings = meetings;
        this.agenda = agenda;
        this.actions = actions;
        this.builder = builder;
        this.refresh = refresh;
        this.redraft = redraft;
        this.days = days;
        this.views = views;
        this.taskForces = taskForces;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A task force that does not exist or that the user does not see is refused as the form's own error (the id came
     * from the form, perhaps typed into the request), not as a missing page.
     */
    public long createSeries(SeriesForm form, CurrentUser user) {
        if (!taskForces.isVisible(form.taskForceId(), user)) {
            throw new BusinessException(ErrorCode.MEETING_TASK_FORCE_UNKNOWN, "taskForceId", form.taskForceId());
        }
        long id = meetings.createSeries(form);
        publish(
                "meeting.series-created",
                "meeting-series",
                id,
                form.weekday() + " " + form.startTime() + " " + form.place());
        return id;
    }

    /**
     * A new meeting of the series on {@code heldOn}, its agenda built from the data since the meeting before it. Numbers
     * (第N期) follow the days: a meeting planned before meetings not yet held takes its place among them and they move
     * up one number each, in the audit log too, and the period of the first of them (the data its agenda covers) now
     * begins on the new meeting's day, as the new meeting's begins on the day of the meeting before it: periods follow
     * the days as numbers do. Its agenda is rebuilt for that period at once ({@link AgendaRedraft}), unless that would
     * rewrite items carrying minutes or decisions: then it stays, its page offers the refresh, and the answer names it
     * for the new meeting's page to say why. A held or confirmed meeting keeps its number, since its minutes and decisions cite it; so a day
     * before the last of them is refused rather than numbered out of order.
     */
    public long plan(long seriesId, LocalDate heldOn, CurrentUser user) {
        return plan(seriesId, heldOn, true, user).id();
    }

    /** As {@link #plan(long, LocalDate, CurrentUser)}; a rest day only when confirmed ({@link MeetingDays}). */
    public Planned plan(long seriesId, LocalDate heldOn, boolean restDayConfirmed, CurrentUser user) {
        SupportedDates.require(heldOn, "heldOn");
        days.check(heldOn, restDayConfirmed);
        MeetingStore.SeriesRow series = series(seriesId, user);
        LocalDate lastCited =
                meetings.lastCitedOn(seriesId, LocalDate.now(clock)).orElse(null);
        if (lastCited != null && heldOn.isBefore(lastCited)) {
            throw BusinessException.invalid(
                    "heldOn", "meeting.error.before-held", heldOn.toString(), lastCited.toString());
        }
        var renumbered = meetings.makeRoomOn(seriesId, heldOn);
        for (MeetingStore.Renumbered r : renumbered) {
            publish(
                    "meeting.renumbered",
                    "meeting",
                    r.id(),
                    r.heldOn() + ", number " + r.oldNumber() + " → " + r.newNumber()
                            + (r.newSince() == null ? "" : ", since " + r.oldSince() + " → " + r.newSince()));
        }
        LocalDate since = meetings.lastBefore(seriesId, heldOn).orElse(null);
        long id = meetings.createMeeting(series, heldOn, since);
        int items = builder.build(id, series.taskForceId(), since, heldOn, user);
        publish("meeting.planned", "meeting", id, heldOn + ", " + items + " agenda items");
        // after the new meeting's agenda: the draft's "turned since the last meeting" now reads that one
        return new Planned(id, redraft.after(renumbered, user).orElse(null));
    }

    /**
     * Brings the agenda of a meeting not yet held (a draft whose day has not passed) up to date with the data, as
     * {@link AgendaRefresh} describes: the page's refresh button, asked for by someone who may edit meetings. The
     * agenda is read within the refreshing user's scope, as when it was planned, and a reader who sees less must not
     * thin it out; so reading the meeting (its page, its agenda DOCX) never refreshes it. Items and minutes are no
     * version of the meeting: a refresh does not make the forms of someone else's open page stale. Answers what changed,
     * for the page to say.
     */
    public AgendaChanges refreshAgenda(long meetingId, CurrentUser user) {
        MeetingRow m = access.load(meetingId, user);
        if (!user.can(Permissions.MEETING_EDIT)) {
            throw new BusinessException(ErrorCode.FORBIDDEN, (String) null);
        }
        if (m.confirmed()) {
            throw new BusinessException(ErrorCode.MEETING_CONFIRMED, (String) null);
        }
        if (held(m)) {
            // the agenda is the record of what that day's meeting discussed, not of today's data
            throw new BusinessException(ErrorCode.MEETING_HELD, (String) null, m.heldOn());
        }
        meetings.lockAgenda(m.id());
        AgendaChanges changes = refresh.refresh(m, user);
        if (changes.any()) {
            publish(
                    "meeting.agenda-refreshed",
                    "meeting",
                    m.id(),
                    "+" + changes.added() + " ~" + changes.updated() + " -" + changes.dropped());
        }
        return changes;
    }

    /**
     * Whether the user may refresh the meeting's agenda and whether the data gives another one now, worked out without
     * writing: the page offers the refresh and says when the stored agenda is behind. For readers who may not edit,
     * the data is not read at all.
     */
    @Transactional(readOnly = true)
    public AgendaState agendaState(long meetingId, CurrentUser user) {
        MeetingRow m = access.load(meetingId, user);
        if (!user.can(Permissions.MEETING_EDIT) || m.confirmed() || held(m)) {
            return new AgendaState(false, false);
        }
        return new AgendaState(true, refresh.plan(m, user).changes().any());
    }

    private boolean held(MeetingRow m) {
        return m.heldOn().isBefore(LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    public MeetingView find(long id, CurrentUser user) {
        MeetingRow m = access.load(id, user);
        return views.view(m, taskForces.find(m.taskForceId(), user));
    }

    @Transactional(readOnly = true)
    public PageResult<SeriesView> series(CurrentUser user, String q, PageQuery page) {
        return views.series(user, q, page);
    }

    @Transactional(readOnly = true)
    /** A page of the series' meetings, the newest first; the series' task force must be in the user's scope. */
    public PageResult<MeetingSummary> meetingsOf(long seriesId, CurrentUser user, PageQuery page) {
        series(seriesId, user);
        return meetings.meetingsOf(seriesId, page);
    }

    /** The name of the series' task force, for the file of its meetings; not found outside the user's scope. */
    @Transactional(readOnly = true)
    public String taskForceOf(long seriesId, CurrentUser user) {
        return taskForces.find(series(seriesId, user).taskForceId(), user).name();
    }

    public void addItem(long meetingId, String title, int version, CurrentUser user) {
        MeetingRow m = access.editable(meetingId, version, user);
        agenda.add(m.id(), AgendaSource.MANUAL, null, null, title.strip(), null);
        publish("meeting.item-added", "meeting", m.id(), title);
    }

    public void removeItem(long meetingId, long itemId, int version, CurrentUser user) {
        MeetingRow m = access.editable(meetingId, version, user);
        access.checkItem(m.id(), itemId);
        var item = agenda.item(itemId);
        // an item the data gave would come back with the next refresh: remember that staff took it off
        item.map(i -> AgendaCandidate.key(i.source(), i.refId(), i.title()))
                .ifPresent(key -> agenda.dismiss(m.id(), key));
        agenda.remove(itemId);
        // the item is gone, so the log cannot look its title up later: the record keeps it
        publish(
                "meeting.item-removed",
                "meeting",
                m.id(),
                "item " + itemId + item.map(i -> ", title: " + i.title()).orElse(""));
    }

    public void moveItem(long meetingId, long itemId, boolean up, int version, CurrentUser user) {
        MeetingRow m = access.editable(meetingId, version, user);
        access.checkItem(m.id(), itemId);
        agenda.move(m.id(), itemId, up);
        publish("meeting.item-moved", "meeting", m.id(), "item " + itemId + (up ? " up" : " down"));
    }

    public void recordMinutes(long meetingId, long itemId, String minutes, int version, CurrentUser user) {
        MeetingRow m = access.editable(meetingId, version, user);
        access.checkItem(m.id(), itemId);
        agenda.minutes(itemId, minutes);
        // the item reads with its title in the log; the minutes may be long, so only their beginning is kept
        publish(
                "meeting.minutes-recorded",
                "meeting",
                m.id(),
                "item " + itemId + ", minutes: " + ChangeSummary.text(ChangeSummary.typed(minutes)));
    }

    public void recordAttendance(long meetingId, String attendees, int version, CurrentUser user) {
        MeetingRow m = access.editable(meetingId, version, user);
        meetings.setAttendees(m.id(), attendees);
        publish("meeting.attendance-recorded", "meeting", m.id(), m.attendees() + " → " + attendees);
    }

    /**
     * The chair confirms the minutes; from then on the meeting is read-only. The chair is the lead of
     * the meeting's task force (a series stores no chair of its own: the task force's lead chairs its
     * weekly meetings), so the office that keeps the minutes cannot confirm them itself.
     */
    public void confirm(long meetingId, int version, CurrentUser user) {
        MeetingRow m = access.load(meetingId, user);
        access.requireChair(m, user);
        access.editable(meetingId, version, user);
        meetings.confirm(m.id(), user.id(), clock.instant());
        views.freezeProgress(m);
        publish("meeting.confirmed", "meeting", m.id(), "DRAFT → CONFIRMED");
    }

    /**
     * A correction of a confirmed meeting, kept beside the minutes and in the audit log. A draft's minutes are edited
     * directly: an amendment of a draft would stand beside minutes that still change, and read as a correction of a
     * record nobody confirmed.
     */
    public void amend(long meetingId, String text, CurrentUser user) {
        MeetingRow m = access.load(meetingId, user);
        if (!m.confirmed()) {
            throw new BusinessException(ErrorCode.MEETING_NOT_CONFIRMED, (String) null);
        }
        actions.amend(m.id(), text, user.id(), clock.instant());
        publish("meeting.amended", "meeting", m.id(), text);
    }

    private MeetingStore.SeriesRow series(long id, CurrentUser user) {
        MeetingStore.SeriesRow s = meetings.series(id).orElseThrow(() -> new NotFoundException("meeting-series", id));
        taskForces.find(s.taskForceId(), user);
        return s;
    }

    private void publish(String action, String type, long id, String summary) {
        events.publishEvent(new MeetingChanged(Actor.current(), action, type, id, summary));
    }
}
