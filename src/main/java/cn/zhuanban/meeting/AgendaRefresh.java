package cn.zhuanban.meeting;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.meeting.MeetingRecords.AgendaChanges;
import cn.zhuanban.meeting.MeetingRecords.AgendaItemView;
import cn.zhuanban.meeting.domain.ActionStore;
import cn.zhuanban.meeting.domain.AgendaStore;
import cn.zhuanban.meeting.domain.MeetingRow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Keeps the generated part of a meeting's agenda in step with the data until the meeting is held. Planned a week
 * ahead, the agenda otherwise showed a project yellow that had turned red since, and missed the tickets that reached
 * the meeting step of the escalation ladder meanwhile.
 *
 * <p>Design: the builder's items are compared with the stored ones by what they are about ({@link
 * AgendaCandidate#key}: the ticket, the project, the stage goal, the service item, the action), not by their text. A
 * stored item the data still gives is updated in place (reason, title, detail), so it keeps its place, its minutes
 * and any decision taken on it; an item the data gives anew is appended at the end, unless staff took it off this
 * agenda before (remembered in {@code agenda_item_dismissed}); an item the data no longer gives (ticket closed,
 * project back to green) is dropped, but only if nobody wrote minutes on it or took a decision on it. Items typed by
 * people (MANUAL) are never touched. Re-running with unchanged data changes nothing.
 *
 * <p>It runs when someone who may edit the meeting asks for it (the page's refresh button), never when the agenda is
 * read: a GET changed the agenda and wrote the audit log, two readers at once raced for the meeting's lock, and a
 * reader who may only look (the inspection office) caused writes. It runs too when a meeting planned before a draft
 * redrafts the draft's period ({@link AgendaRedraft}), unless it would rewrite items carrying minutes or a decision.
 */
@Component
class AgendaRefresh {

    private final AgendaBuilder builder;
    private final AgendaStore agenda;
    private final ActionStore actions;

    AgendaRefresh(AgendaBuilder builder, AgendaStore agenda, ActionStore actions) {
        this.builder = builder;
        this.agenda = agenda;
        this.actions = actions;
    }

    /**
     * What a refresh would write, worked out by reading only: the page of a draft tells the editors whether the agenda
     * is behind the data without changing it (a GET changes nothing), and {@link #apply} writes it. {@code rewritten}
     * are the updated items that carry minutes or a decision: the update gives them today's reason, so the one they were
     * recorded against is gone (a person who asks for the refresh accepts that; a refresh nobody asked for must not).
     */
    record Plan(List<Update> updates, List<Long> drops, List<AgendaCandidate> additions, List<Long> rewritten) {

        /** What changed, or would change: items added, updated and dropped. */
        AgendaChanges changes() {
            return new AgendaChanges(additions.size(), updates.size(), drops.size());
        }

        /** Whether writing it would rewrite the reason of an item that carries minutes or a decision. */
        boolean rewritesRecorded() {
            return !rewritten.isEmpty();
        }
    }

    /** A stored item the data still gives, with its reason, title or detail of today. */
    record Update(long itemId, AgendaCandidate candidate) {}

    /** Brings the meeting's generated items up to date with the data as {@code user} sees it. */
    AgendaChanges refresh(MeetingRow m, CurrentUser user) {
        Plan plan = plan(m, user);
        apply(m.id(), plan);
        return plan.changes();
    }

    /** Writes a plan worked out by {@link #plan} in the same transaction, under the meeting's lock. */
    AgendaChanges apply(MeetingRow m, Plan plan) {
        apply(m.id(), plan);
        return plan.changes();
    }

    /** What {@link #refresh} would change now, without changing it. */
    Plan plan(MeetingRow m, CurrentUser user) {
        Map<String, AgendaCandidate> fresh = new LinkedHashMap<>();
        for (AgendaCandidate c : builder.candidates(m.id(), m.taskForceId(), m.since(), m.heldOn(), user)) {
            fresh.putIfAbsent(c.key(), c);
        }
        List<AgendaItemView> items = agenda.of(m.id());
        Set<Long> decided = actions.decidedItems(m.id());
        Set<String> present = new HashSet<>();
        List<Update> updates = new ArrayList<>();
        List<Long> drops = new ArrayList<>();
        List<Long> rewritten = new ArrayList<>();
        for (AgendaItemView item : items) {
            String key = AgendaCandidate.key(item.source(), item.refId(), item.title());
            if (key == null) {
                continue;
            }
            AgendaCandidate c = fresh.get(key);
            if (c != null && present.add(key)) {
                if (c.source() != item.source()
                        || !Objects.equals(c.title(), item.title())
                        || !Objects.equals(c.detail(), item.detail())
                        || !Objects.equals(c.projectId(), item.projectId())) {
                    updates.add(new Update(item.id(), c));
                    if (worked(item, decided)) {
                        rewritten.add(item.id());
                    }
                }
            } else if (c == null && !worked(item, decided)) {
                drops.add(item.id());
            } else if (c == null) {
                // worked on: it stays as the record of what was discussed
                present.add(key);
            }
        }
        Set<String> dismissed = agenda.dismissed(m.id());
        List<AgendaCandidate> additions = fresh.values().stream()
                .filter(c -> !present.contains(c.key()) && !dismissed.contains(c.key()))
                .toList();
        return new Plan(updates, drops, additions, rewritten);
    }

    /** Someone wrote minutes on the item or took a decision on it. */
    private static boolean worked(AgendaItemView item, Set<Long> decided) {
        return (item.minutes() != null && !item.minutes().isBlank()) || decided.contains(item.id());
    }

    private void apply(long meetingId, Plan plan) {
        for (Update u : plan.updates()) {
            AgendaCandidate c = u.candidate();
            agenda.update(u.itemId(), c.source(), c.projectId(), c.title(), c.detail());
        }
        plan.drops().forEach(agenda::remove);
        for (AgendaCandidate c : plan.additions()) {
            agenda.add(meetingId, c.source(), c.refId(), c.projectId(), c.title(), c.detail());
        }
    }
}
