package cn.zhuanban.talent;

/** An open demand is being recruited for; a closed one is filled or withdrawn. */
public enum DemandStatus {
    OPEN,
    CLOSED
}
