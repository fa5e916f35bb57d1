package cn.zhuanban.notification.domain;

import cn.zhuanban.notification.Channel;

/** A delivery to put into the outbox; the key makes it unique per person, step and channel. */
public record NewDelivery(
        String idempotencyKey,
        long userId,
        Long departmentId,
        Channel channel,
        String address,
        String subject,
        String body) {}
