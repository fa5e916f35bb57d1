package cn.zhuanban.meeting;

import java.time.LocalDate;

/**
 * A served enterprise (one with a task-force project) and its last contact; {@code stale} when
 * nobody has contacted it for the configured number of working days.
 */
public record EnterpriseContactStatus(
        long enterpriseId,
        String enterpriseName,
        LocalDate lastContact,
        Integer workingDaysSince,
        Long chiefServiceOfficerId,
        String chiefServiceOfficerName,
        boolean stale) {}
