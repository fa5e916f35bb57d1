package cn.zhuanban.serviceevaluation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an enterprise contact says about this month's service: the overall rating, optionally the three aspects that
 * district surveys ask about (响应及时, 问题解决, 服务态度), and a comment, which a dissatisfied rating must have.
 * {@code version} is the stored rating's when changing it, null for the month's first.
 */
public record EvaluationForm(
        @NotNull ServiceRating rating,
        ServiceRating responsiveness,
        ServiceRating problemSolving,
        ServiceRating attitude,
        @Size(max = 500) String comment,
        Integer version) {

    public EvaluationForm {
        comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public static EvaluationForm blank() {
        return new EvaluationForm(null, null, null, null, null, null);
    }
}
