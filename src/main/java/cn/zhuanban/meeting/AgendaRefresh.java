package cn.zhuanban.meeting;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.meeting.MeetingRecords.AgendaItemView;
import cn.zhuanban.meeting.domain.ActionStore;
import cn.zhuanban.meeting.domain.AgendaStore;
import cn.zhuanban.meeting.domain.MeetingRow;
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
 * people (MANUAL) are never touched. Re-running with unchanged data changes nothing, so the refresh can run whenever
 * the agenda is read.
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

    /** What changed: items added, updated and dropped. */
    record Changes(int added, int updated, int dropped) {

        boolean any() {
            return added + updated + dropped > 0;
        }
    }

    /** Brings the meeting's generated items up to date with the data as {@code user} sees it. */
    Changes refresh(MeetingRow m, CurrentUser user) {
        Map<String, AgendaCandidate> fresh = new LinkedHashMap<>();
        for (AgendaCandidate c : builder.candidates(m.id(), m.taskForceId(), m.since(), m.heldOn(), user)) {
            fresh.putIfAbsent(c.key(), c);
        }
        List<AgendaItemView> items = agenda.of(m.id());
        Set<Long> decided = actions.decidedItems(m.id());
        Set<String> present = new HashSet<>();
        int updated = 0;
        int dropped = 0;
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
                    agenda.update(item.id(), c.source(), c.projectId(), c.title(), c.detail());
                    updated++;
                }
            } else if (c == null
                    && (item.minutes() == null || item.minutes().isBlank())
                    && !decided.contains(item.id())) {
                agenda.remove(item.id());
                dropped++;
            } else if (c == null) {
                // worked on: it stays as the record of what was discussed
                present.add(key);
            }
        }
        Set<String> dismissed = agenda.dismissed(m.id());
        int added = 0;
        for (AgendaCandidate c : fresh.values()) {
            if (!present.contains(c.key()) && !dismissed.contains(c.key())) {
                agenda.add(m.id(), c.source(), c.refId(), c.projectId(), c.title(), c.detail());
                added++;
            }
        }
        return new Changes(added, updated, dropped);
    }
}
