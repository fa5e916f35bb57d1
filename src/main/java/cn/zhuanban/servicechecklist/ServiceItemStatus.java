package cn.zhuanban.servicechecklist;

/** Where an item stands; DONE and NOT_APPLICABLE stop its clock. */
public enum ServiceItemStatus {
    PENDING,
    IN_PROGRESS,
    DONE,
    NOT_APPLICABLE;

    public boolean open() {
        return this == PENDING || this == IN_PROGRESS;
    }
}
