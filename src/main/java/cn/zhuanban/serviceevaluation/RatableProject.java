package cn.zhuanban.serviceevaluation;

/**
 * One of the enterprise contact's projects on his evaluation page: who serves it and this month's rating, if given
 * (null: still to rate).
 */
public record RatableProject(
        long projectId, String projectName, String taskForceName, ServiceRating thisMonth, boolean ratable) {}
