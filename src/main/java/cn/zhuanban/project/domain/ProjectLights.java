package cn.zhuanban.project.domain;

import cn.zhuanban.project.StatusLight;
import cn.zhuanban.shared.ClockConfiguration;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A project's status light, written beside the aggregate rather than through it. The light is judged by other modules
 * (plans, tickets), often several at once for one project when ticket steps land together; saving the aggregate for
 * it lost optimistic-lock races between those listeners and made a user's edit of the project form fail because a
 * light had changed meanwhile. The aggregate reads the light but never writes it (see {@link Project}). Each change of
 * the light is also kept in its history (see {@link LightHistory}).
 */
@Repository
public class ProjectLights {

    private final JdbcClient jdbc;

    ProjectLights(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The light and its reason, the row locked until the transaction ends: judgements of one project queue here. */
    public Optional<Current> lock(long projectId) {
        return jdbc.sql("select status_light, light_reason, light_reason_code from project where id = :id for update")
                .param("id", projectId)
                .query((rs, n) -> new Current(StatusLight.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)))
                .optional();
    }

    /**
     * Writes the light; only a change of the light itself moves the time it changed: the schedule rewrites the reason
     * daily ("5 working days late", then 6), and a project red for months must not look as if it had just turned red.
     * {@code code} is the reason as message keys ({@link LightReasonCode}), null for a plain text one.
     */
    public void set(long projectId, Current previous, StatusLight light, String reason, String code, Instant now) {
        jdbc.sql("""
                        update project set status_light = :light, light_reason = :reason, light_reason_code = :code,
                               light_changed_at = case when :changed or light_changed_at is null
                                                       then :now else light_changed_at end
                        where id = :id""")
                .param("light", light.name())
                .param("reason", reason)
                .param("code", code)
                .param("changed", previous.light() != light)
                .param("now", Timestamp.from(now))
                .param("id", projectId)
                .update();
        if (previous.light() != light) {
            // The history of lights (V171): a change of the light, not of its reason, in the same transaction.
            jdbc.sql("""
                            insert into project_light_change
                                (project_id, light, previous_light, changed_at, on_day, cause, cause_code)
                            values (:id, :light, :previous, :now, :day, :reason, :code)""")
                    .param("id", projectId)
                    .param("light", light.name())
                    .param("previous", previous.light().name())
                    .param("now", Timestamp.from(now))
                    .param("day", LocalDate.ofInstant(now, ClockConfiguration.DISTRICT_ZONE))
                    .param("reason", reason)
                    .param("code", code)
                    .update();
        }
    }

    /**
     * Keeps the message keys of an unchanged reason: one stored as text only (before V190) gets them at its next
     * judgement, with no change announced, since the reason read the same.
     */
    public void setCode(long projectId, String code) {
        jdbc.sql("update project set light_reason_code = :code where id = :id")
                .param("code", code)
                .param("id", projectId)
                .update();
    }

    public record Current(StatusLight light, String reason, String code) {}
}
