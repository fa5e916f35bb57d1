package cn.zhuanban.serviceevaluation;

import java.time.Instant;
import java.time.YearMonth;

/** A rating as the ledger, the project page and the export show it, with the names beside the ids. */
public record EvaluationView(
        long id,
        long projectId,
        String projectName,
        String enterpriseName,
        long taskForceId,
        String taskForceName,
        String chiefServiceOfficerName,
        YearMonth month,
        ServiceRating rating,
        ServiceRating responsiveness,
        ServiceRating problemSolving,
        ServiceRating attitude,
        String comment,
        String ratedByName,
        Instant ratedAt,
        int revision,
        int version) {}
