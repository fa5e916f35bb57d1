package cn.zhuanban.project;

import java.time.Instant;

/**
 * The light a project had on a past day and since when it had it: the change that set it, or null when that is not
 * known (the light it had before its first recorded change, or since its registration). {@code known} is false when
 * the day lies before the project's history of lights (before its registration, or before the light V171 carried
 * over for it): the light is then a guess, not that day's record, and readers take today's light, saying so.
 */
public record LightOnDay(StatusLight light, Instant since, boolean known) {}
