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
 */
public record ProjectStageChanged(
        long projectId, ProjectStage previous, ProjectStage stage, LocalDate on, Long changedBy) {}
