package cn.zhuanban.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A project as lists, the API and other modules show it, with the names beside the ids; a red or yellow light says why
 * ({@code lightReason}), so a list read on a phone, where a dot's tooltip never shows, tells what is late. The chief
 * service officer is null while the project's task force (if any) has none.
 */
public record ProjectSummary(
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
        ChiefServiceOfficer chiefServiceOfficer) {}
