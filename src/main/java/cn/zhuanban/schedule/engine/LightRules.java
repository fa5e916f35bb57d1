package cn.zhuanban.schedule.engine;

/**
 * Thresholds of the status light (domain §4). They are administrator data, hence a parameter and not constants.
 *
 * @param floatWarningDays YELLOW when total float is at most this many working days
 * @param dueSoonDays YELLOW when the late finish is within this many working days and progress is behind
 */
public record LightRules(int floatWarningDays, int dueSoonDays) {

    public static final LightRules DEFAULT = new LightRules(5, 5);
}
