package cn.zhuanban.meeting;

import cn.zhuanban.project.LightOnDay;
import cn.zhuanban.project.ProjectLighting;
import cn.zhuanban.project.ProjectSummary;
import cn.zhuanban.project.StatusLight;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The red and yellow projects a meeting's agenda lists, with the light they had on the meeting day and since when.
 * For a meeting today or ahead that is today's light. For a past day (last week's meeting, planned or refreshed
 * afterwards) it is the light the history of lights gives for that day (V171): a project that turned green since was
 * red then and is listed so, one that turned red since was not and waits for the next meeting. A day before the
 * history started, or before the project's own first recorded light (a project registered after the day, as the demo
 * district's and a generated province's are, whose history starts at their registration), has no such record: the
 * project keeps today's light, and where that light was set after the meeting
 * day the item says it is today's ({@link #CURRENT}), as the monthly briefing marks figures without history
 * (数据时点).
 */
@Component
class AgendaLights {

    /** Ends an item's detail whose light is the one of the day the agenda was drawn up, not the meeting day's. */
    static final String CURRENT = "CURRENT";

    /** A lit project: its light then, when that light was set (null if not known), and whether it is today's. */
    record Lit(ProjectSummary project, StatusLight light, Instant changed, boolean current) {

        /** The item's detail: the light's code, the day it was set and the mark of today's light. */
        String detail(Clock clock) {
            return light.name()
                    + (changed == null ? "" : " " + LocalDate.ofInstant(changed, clock.getZone()))
                    + (current ? " " + CURRENT : "");
        }
    }

    private final ProjectLighting lighting;
    private final Clock clock;

    AgendaLights(ProjectLighting lighting, Clock clock) {
        this.lighting = lighting;
        this.clock = clock;
    }

    /** The projects among {@code served} that were red or yellow on {@code heldOn}, in their order: a few queries. */
    List<Lit> of(List<ProjectSummary> served, LocalDate heldOn) {
        List<Long> ids = served.stream().map(ProjectSummary::id).toList();
        boolean past = heldOn.isBefore(LocalDate.now(clock));
        Map<Long, LightOnDay> then =
                past && lighting.lightHistoryCovers(heldOn) ? lighting.datedLightsAsOf(ids, heldOn) : Map.of();
        Map<Long, Instant> changed = lighting.lightChangedAt(ids);
        Instant cut = heldOn.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return served.stream()
                .map(p -> {
                    LightOnDay known = then.get(p.id());
                    if (known != null && known.known()) {
                        return new Lit(p, known.light(), known.since(), false);
                    }
                    // The project's history does not reach back to the day (the day is ahead, before the history
                    // started, or before the project's first recorded light): today's light, said to be today's.
                    Instant at = changed.get(p.id());
                    return new Lit(p, p.statusLight(), at, past && at != null && !at.isBefore(cut));
                })
                .filter(lit -> lit.light() != StatusLight.GREEN)
                .toList();
    }
}
