package cn.zhuanban.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A project with everything its page and {@code GET /api/v1/projects/{id}} show; {@code chiefServiceOfficer} is null
 * while the project has no task force or its task force no chief service officer.
 */
public record ProjectView(
        long id,
        String name,
        String projectCode,
        long enterpriseId,
        String enterpriseName,
        ProjectLevel level,
        ProjectStage stage,
        BigDecimal totalInvestment,
        LocalDate start,
        LocalDate targetFinish,
        Long leadOfficialId,
        String leadOfficialName,
        Long taskForceId,
        String taskForceName,
        StatusLight statusLight,
        String lightReason,
        Instant lightChangedAt,
        String location,
        String description,
        Instant createdAt,
        Instant updatedAt,
        int version,
        ChiefServiceOfficer chiefServiceOfficer) {}
