package cn.zhuanban.project;

import java.time.LocalDate;

/**
 * A key project reached another life-cycle stage, on the given day (district time): registered
 * with a stage ({@code previous} null) or edited to a new one. Not an audited event itself — the
 * registration or edit that caused it is audited — but what other modules follow, e.g. the
 * investment module moving the lead the project came from, the schedule marking the plan's stage
 * goal (开工, 投产) reached.
 *
 * @param on the day the stage was reached: the actual date the editor entered (实际开工/投产日期), else the day of the
 *     change
 * @param changedBy the user who changed it, null when no user did (an import, the system)
 * @param startedOn the day work on the project started, once it is under construction, completed or in production: the
 *     actual date the editor gave for a move into 在建, else the project's start (开工日期, which such a stage keeps
 *     on or before today, {@link StageDates}); null in the stages before. A move that passes 在建 on the way (前期 → 投产) dates its start
 *     by it, not by {@code on}.
 */
public record ProjectStageChanged(
        long projectId, ProjectStage previous, ProjectStage stage, LocalDate on, Long changedBy, LocalDate startedOn) {}
