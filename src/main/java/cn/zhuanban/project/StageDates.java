package cn.zhuanban.project;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a stage says about the project's dates: under construction, completed or in production means work has started,
 * so the start date (开工日期) cannot lie after today; and production does not come before the start. Without it a
 * project moved 前期 → 投产 with a start in the coming year, and the lead it came from recorded 开工 and 投产 on a day
 * before its start. Checked by {@link ProjectManagement} on every registration and edit, and by the import row by row.
 */
final class StageDates {

    private static final Set<ProjectStage> STARTED =
            EnumSet.of(ProjectStage.UNDER_CONSTRUCTION, ProjectStage.COMPLETED, ProjectStage.IN_PRODUCTION);

    private StageDates() {}

    /**
     * Refuses a project in a started stage whose start lies after {@code today}: on registration (no {@code before}),
     * and on an edit that moves the stage or the start (an edit of other fields leaves a project entered before this
     * rule as it is).
     */
    static void check(Before before, ProjectStage stage, LocalDate start, LocalDate stageOn, LocalDate today) {
        boolean moved = before == null || before.stage() != stage || !Objects.equals(start, before.start());
        notStarted(stage, start, today).filter(refusal -> moved).ifPresent(refusal -> {
            throw refusal;
        });
        boolean intoProduction =
                stage == ProjectStage.IN_PRODUCTION && (before == null || before.stage() != ProjectStage.IN_PRODUCTION);
        if (intoProduction && stageOn != null && stageOn.isBefore(start)) {
            throw new BusinessException(
                    ErrorCode.PROJECT_PRODUCTION_BEFORE_START, "stageOn", stageOn.toString(), start.toString());
        }
    }

    /** The refusal of {@code stage} with work starting on {@code start}, as of {@code today}; none when it fits. */
    static Optional<BusinessException> notStarted(ProjectStage stage, LocalDate start, LocalDate today) {
        if (stage == null || start == null || !STARTED.contains(stage) || !start.isAfter(today)) {
            return Optional.empty();
        }
        return Optional.of(new BusinessException(ErrorCode.PROJECT_NOT_STARTED, "start", start.toString()));
    }

    /**
     * The day work started on a project now in {@code stage} ({@link ProjectStageChanged#startedOn()}): the actual date
     * {@code stageOn} of a move into 在建, else the start; none before construction.
     */
    static LocalDate startedOn(ProjectStage stage, LocalDate start, LocalDate stageOn) {
        if (!STARTED.contains(stage)) {
            return null;
        }
        return stage == ProjectStage.UNDER_CONSTRUCTION && stageOn != null ? stageOn : start;
    }

    /** The stage and start a project had before an edit. */
    record Before(ProjectStage stage, LocalDate start) {}
}
