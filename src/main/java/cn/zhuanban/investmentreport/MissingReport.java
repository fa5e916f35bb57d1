package cn.zhuanban.investmentreport;

import cn.zhuanban.project.ProjectStage;

/** A project under way whose report for the month has not arrived. */
public record MissingReport(long projectId, String projectName, ProjectStage stage, Long leadOfficialId) {}
