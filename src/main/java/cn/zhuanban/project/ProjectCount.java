package cn.zhuanban.project;

/** How many projects in the user's scope have this level, stage and light (one cell of the cockpit's cube). */
public record ProjectCount(ProjectLevel level, ProjectStage stage, StatusLight light, long count) {}
