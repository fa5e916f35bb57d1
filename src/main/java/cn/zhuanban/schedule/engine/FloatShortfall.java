package cn.zhuanban.schedule.engine;

/**
 * A task whose total float is negative: the target finish or a constraint cannot be met unless it gains
 * {@code workingDays} working days.
 */
public record FloatShortfall(String key, int workingDays) {}
