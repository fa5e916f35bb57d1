package cn.zhuanban.project;

import java.time.LocalDate;

/**
 * A key project reached another life-cycle stage, on the given day (district time): registered
 * with a stage ({@code previous} null) or edited to a new one. Not an audited event itself — the
 * registration or edit that caused it is audited — but what other modules follow, e.g. the
 * investment module moving the lead the project came from.
 */
public record ProjectStageChanged(long projectId, ProjectStage previous, ProjectStage stage, LocalDate on) {}
