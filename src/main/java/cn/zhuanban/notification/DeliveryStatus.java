package cn.zhuanban.notification;

/** PENDING until sent; FAILED once the last allowed attempt failed. */
public enum DeliveryStatus {
    PENDING,
    SENT,
    FAILED
}
