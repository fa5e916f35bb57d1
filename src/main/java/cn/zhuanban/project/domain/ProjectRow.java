package cn.zhuanban.project.domain;

import cn.zhuanban.identity.UserView;
import cn.zhuanban.project.ChiefServiceOfficer;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.ProjectSummary;
import cn.zhuanban.project.ProjectView;
import cn.zhuanban.project.StatusLight;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A project row as read for lists and pages. Names of enterprises and people live in other
 * modules; they are looked up once per page and added by {@link #summary} and {@link #view}.
 */
public record ProjectRow(
        long id,
        String name,
        String projectCode,
        long enterpriseId,
        ProjectLevel level,
        ProjectStage stage,
        BigDecimal totalInvestment,
        LocalDate start,
        LocalDate targetFinish,
        Long leadOfficialId,
        Long taskForceId,
        String taskForceName,
        Long chiefServiceOfficerId,
        StatusLight statusLight,
        String lightReason,
        String lightReasonCode,
        Instant lightChangedAt,
        String location,
        String description,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    /**
     * The row with names: {@code people} holds the lead officials and chief service officers of the page by id; the
     * light's reason in the reader's language ({@code reasons}).
     */
    public ProjectSummary summary(Map<Long, String> enterprises, Map<Long, UserView> people, LightReasonText reasons) {
        return new ProjectSummary(
                id,
                name,
                projectCode,
                enterpriseId,
                enterprises.get(enterpriseId),
                level,
                stage,
                totalInvestment,
                start,
                targetFinish,
                leadOfficialId,
                nameOf(people, leadOfficialId),
                taskForceId,
                taskForceName,
                statusLight,
                statusLight == StatusLight.GREEN ? null : reasons.of(lightReason, lightReasonCode),
                officer(people));
    }

    public ProjectView view(Map<Long, String> enterprises, Map<Long, UserView> people, LightReasonText reasons) {
        return new ProjectView(
                id,
                name,
                projectCode,
                enterpriseId,
                enterprises.get(enterpriseId),
                level,
                stage,
                totalInvestment,
                start,
                targetFinish,
                leadOfficialId,
                nameOf(people, leadOfficialId),
                taskForceId,
                taskForceName,
                statusLight,
                reasons.of(lightReason, lightReasonCode),
                lightChangedAt,
                location,
                description,
                createdAt,
                updatedAt,
                version,
                officer(people));
    }

    private ChiefServiceOfficer officer(Map<Long, UserView> people) {
        UserView officer = chiefServiceOfficerId == null ? null : people.get(chiefServiceOfficerId);
        return officer == null ? null : new ChiefServiceOfficer(officer.id(), officer.fullName(), officer.phone());
    }

    private static String nameOf(Map<Long, UserView> people, Long id) {
        UserView person = id == null ? null : people.get(id);
        return person == null ? null : person.fullName();
    }

    static ProjectRow map(ResultSet rs, int n) throws SQLException {
        return new ProjectRow(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("project_code"),
                rs.getLong("enterprise_id"),
                ProjectLevel.valueOf(rs.getString("level")),
                ProjectStage.valueOf(rs.getString("stage")),
                rs.getBigDecimal("total_investment"),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("target_finish", LocalDate.class),
                rs.getObject("lead_official_id", Long.class),
                rs.getObject("task_force_id", Long.class),
                rs.getString("task_force_name"),
                rs.getObject("chief_service_officer_id", Long.class),
                StatusLight.valueOf(rs.getString("status_light")),
                rs.getString("light_reason"),
                rs.getString("light_reason_code"),
                instant(rs.getTimestamp("light_changed_at")),
                rs.getString("location"),
                rs.getString("description"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")),
                rs.getInt("version"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
