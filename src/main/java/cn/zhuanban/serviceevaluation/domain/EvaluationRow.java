package cn.zhuanban.serviceevaluation.domain;

import cn.zhuanban.serviceevaluation.ServiceRating;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One project's rating of one month as stored, with the project's and task force's names when read for a list (null
 * when written).
 */
public record EvaluationRow(
        Long id,
        long projectId,
        YearMonth month,
        long enterpriseId,
        long taskForceId,
        Long chiefServiceOfficerId,
        ServiceRating rating,
        ServiceRating responsiveness,
        ServiceRating problemSolving,
        ServiceRating attitude,
        String comment,
        long ratedBy,
        Instant ratedAt,
        int revision,
        int version,
        String projectName,
        String taskForceName) {

    /** What the audit log compares between two revisions. */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("month", month);
        s.put("taskForce", taskForceId);
        s.put("rating", rating);
        s.put("responsiveness", responsiveness);
        s.put("problemSolving", problemSolving);
        s.put("attitude", attitude);
        s.put("comment", comment);
        return s;
    }
}
