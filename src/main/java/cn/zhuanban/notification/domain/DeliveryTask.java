package cn.zhuanban.notification.domain;

import cn.zhuanban.notification.Channel;
import cn.zhuanban.notification.DeliveryStatus;
import java.time.Instant;

/**
 * A row of the delivery outbox with what the channel needs to send it. For robots the address is
 * the recipient's mobile number (to @-mention them) and the department names the robot.
 */
public record DeliveryTask(
        long id,
        String idempotencyKey,
        long userId,
        Long departmentId,
        Channel channel,
        String address,
        String subject,
        String body,
        DeliveryStatus status,
        int attempts,
        Instant nextAttemptAt) {}
