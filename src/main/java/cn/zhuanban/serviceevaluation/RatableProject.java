package cn.zhuanban.serviceevaluation;

/**
 * One of the enterprise contact's projects on his evaluation page: who serves it (the task force and its chief service
 * officer, null when it has none) and this month's rating, if given (null: still to rate).
 */
public record RatableProject(
        long projectId,
        String projectName,
        String taskForceName,
        String chiefServiceOfficerName,
        ServiceRating thisMonth,
        boolean ratable) {}
