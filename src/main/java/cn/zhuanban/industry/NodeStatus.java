package cn.zhuanban.industry;

/** How well the district covers a chain node; missing and weak nodes are attraction targets. */
public enum NodeStatus {
    STRONG,
    WEAK,
    MISSING;

    public boolean isGap() {
        return this != STRONG;
    }
}
