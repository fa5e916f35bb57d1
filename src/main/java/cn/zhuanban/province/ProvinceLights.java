package cn.zhuanban.province;

import static cn.zhuanban.province.ProvinceBatch.ts;

import java.sql.Date;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The history of a generated project's light (project_light_change, V171), told as the application tells it: one row
 * per real change, none at registration (a project starts green, which the first change's previous light says), the
 * last change being the light and the time the project row carries. Without it a generated province's past months had
 * no lights: the briefing of a past month and the lights as of a day read "no history". A red project turned red from
 * green or, for some, from yellow first; some green projects were red or yellow once and turned green again.
 *
 * <p>Draws from its own random, so the projects, plans and tickets the run's main random draws stay those of earlier
 * runs of the same tag and size.
 */
final class ProvinceLights {

    static final String INSERT = """
            insert into project_light_change (project_id, light, previous_light, changed_at, on_day, cause, cause_code)
            values (?, ?, ?, ?, ?, ?, ?)""";

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** One change of a project's light; {@code cause} is the reason given with it (none when it turned green). */
    record Change(String light, String previous, Instant at, ProvinceLightReasons.Reason cause) {}

    private final Random random;
    private final Instant now;
    private final ProvinceLightReasons reasons;

    ProvinceLights(Random random, Instant now, ProvinceLightReasons reasons) {
        this.random = random;
        this.now = now;
        this.reasons = reasons;
    }

    /**
     * The changes of a project registered at {@code registered} that now has {@code light} since {@code changedAt}
     * (null for a green project: the draw decides whether it ever changed), oldest first; the earlier changes' reasons
     * name stage goal {@code goal} as the last one's does.
     */
    List<Change> story(
            Instant registered, String light, ProvinceLightReasons.Reason reason, Instant changedAt, int goal) {
        List<Change> changes = new ArrayList<>();
        if (light.equals("GREEN")) {
            if (random.nextInt(10) < 3) {
                String was = random.nextBoolean() ? "RED" : "YELLOW";
                Instant turned = between(registered, now);
                changes.add(new Change(was, "GREEN", turned, lateBy(was, goal)));
                changes.add(new Change("GREEN", was, between(turned, now), null));
            }
            return changes;
        }
        String previous = "GREEN";
        if (light.equals("RED") && random.nextInt(10) < 4) {
            changes.add(new Change("YELLOW", "GREEN", between(registered, changedAt), lateBy("YELLOW", goal)));
            previous = "YELLOW";
        }
        changes.add(new Change(light, previous, changedAt, reason));
        return changes;
    }

    /** The project's changes as rows of the history batch (ids from the table's identity). */
    static void write(ProvinceBatch b, long projectId, List<Change> changes) throws SQLException {
        for (Change c : changes) {
            String cause = c.cause() == null ? null : c.cause().text();
            String code = c.cause() == null ? null : c.cause().code();
            b.row(projectId, c.light(), c.previous(), ts(c.at()), Date.valueOf(day(c.at())), cause, code);
        }
    }

    /** The district day of an instant, as the application records it (ProjectLights). */
    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZONE);
    }

    private ProvinceLightReasons.Reason lateBy(String light, int goal) {
        return reasons.about(light, goal, 1 + random.nextInt(30));
    }

    /** A time strictly after {@code from} and not after {@code to}, to the second. */
    private Instant between(Instant from, Instant to) {
        long seconds = Math.max(1, to.getEpochSecond() - from.getEpochSecond());
        return from.plusSeconds(1 + (long) (random.nextDouble() * (seconds - 1)));
    }
}
