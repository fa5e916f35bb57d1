package cn.zhuanban.notification;

/** Filters of the delivery ledger; every part may be null. {@code q} matches address or key. */
public record DeliveryFilter(DeliveryStatus status, Channel channel, String q) {

    public static DeliveryFilter none() {
        return new DeliveryFilter(null, null, null);
    }
}
