package cn.zhuanban.meeting;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.meeting.MeetingRecords.AgendaChanges;
import cn.zhuanban.meeting.MeetingRecords.KeptAgenda;
import cn.zhuanban.meeting.domain.MeetingRow;
import cn.zhuanban.meeting.domain.MeetingStore;
import cn.zhuanban.shared.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The agenda of a draft whose period a meeting planned before it redrafted ({@link MeetingStore#makeRoomOn}): it now
 * covers the days from the inserted meeting on, so what is new, late or still lit since the meeting before it is
 * another list. The draft's generated items are brought up to date at once, by the refresh the page's button runs
 * ({@link AgendaRefresh}: people's own items, their order, removals, minutes and decisions stay) and audited as it is;
 * the page no longer showed an agenda of the old period until someone pressed the button.
 *
 * <p>One case is left to a person: a rebuild that would give an item carrying minutes or a decision another reason
 * (a new ticket now overdue, a light now "still" lit), whose minutes were recorded against the reason it had. Nobody
 * asked for that refresh, so the draft keeps its agenda, its page still offers the refresh, and the planner is told
 * why ({@link KeptAgenda}).
 */
@Component
class AgendaRedraft {

    private final MeetingStore meetings;
    private final AgendaRefresh refresh;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgendaRedraft(MeetingStore meetings, AgendaRefresh refresh, ApplicationEventPublisher events, Clock clock) {
        this.meetings = meetings;
        this.refresh = refresh;
        this.events = events;
        this.clock = clock;
    }

    /** {@link #rebuild} for the meeting among those renumbered whose period was redrafted, if any. */
    Optional<KeptAgenda> after(List<MeetingStore.Renumbered> renumbered, CurrentUser user) {
        return renumbered.stream().filter(r -> r.newSince() != null).findFirst().flatMap(r -> rebuild(r.id(), user));
    }

    /**
     * Rebuilds the generated agenda of the draft {@code meetingId} for its new period, as {@code user} sees the data
     * (the planner, as when a meeting is planned). Empty when it was rebuilt or there was nothing to rebuild (a user
     * who may not edit meetings, a meeting confirmed or held: their agenda is not refreshed at all); the draft when its
     * agenda was kept because the rebuild would rewrite recorded items.
     */
    Optional<KeptAgenda> rebuild(long meetingId, CurrentUser user) {
        if (!user.can(Permissions.MEETING_EDIT)) {
            return Optional.empty();
        }
        meetings.lockAgenda(meetingId);
        MeetingRow m = meetings.meeting(meetingId).orElse(null);
        if (m == null || m.confirmed() || m.heldOn().isBefore(LocalDate.now(clock))) {
            return Optional.empty();
        }
        AgendaRefresh.Plan plan = refresh.plan(m, user);
        if (plan.rewritesRecorded()) {
            return Optional.of(new KeptAgenda(m.id(), m.number(), m.heldOn(), m.since()));
        }
        AgendaChanges changes = refresh.apply(m, plan);
        if (changes.any()) {
            // the refresh's own record: the meeting's history reads the same whoever or whatever refreshed it
            events.publishEvent(new MeetingChanged(
                    Actor.current(),
                    "meeting.agenda-refreshed",
                    "meeting",
                    m.id(),
                    "+" + changes.added() + " ~" + changes.updated() + " -" + changes.dropped() + ", since "
                            + m.since()));
        }
        return Optional.empty();
    }
}
