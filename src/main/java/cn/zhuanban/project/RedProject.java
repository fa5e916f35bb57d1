package cn.zhuanban.project;

import java.time.Instant;

/** A project on red with the reason given when the light changed (for the generated reports). */
public record RedProject(long id, String name, String reason, Instant since) {}
