package cn.zhuanban.project;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One change of a project's status light (亮灯记录): from {@code previous} (null on the row that carried the light over
 * when the history started, V171) to {@code light}, on the district day {@code onDay}, with the reason given then.
 */
public record LightChange(StatusLight light, StatusLight previous, Instant changedAt, LocalDate onDay, String cause) {}
