package cn.zhuanban.project;

import java.time.Instant;

/**
 * The light a project had on a past day and since when it had it: the change that set it, or null when that is not
 * known (the light it had before its first recorded change, or since its registration).
 */
public record LightOnDay(StatusLight light, Instant since) {}
