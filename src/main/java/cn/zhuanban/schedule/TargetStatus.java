package cn.zhuanban.schedule;

/**
 * How a month's target stands (domain §4): a past month's target was met, missed (something still unfinished) or
 * caught up (all finished, but some after the month ended); the current month is open until all is done.
 */
public enum TargetStatus {
    NONE("bg-secondary-lt"),
    PLANNED("bg-secondary-lt"),
    OPEN("bg-blue-lt"),
    MET("bg-green-lt"),
    MISSED("bg-red-lt"),
    CAUGHT_UP("bg-yellow-lt");

    private final String badge;

    TargetStatus(String badge) {
        this.badge = badge;
    }

    /** The badge style of the status on pages. */
    public String badge() {
        return badge;
    }
}
