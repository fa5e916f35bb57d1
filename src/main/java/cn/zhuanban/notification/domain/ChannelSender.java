package cn.zhuanban.notification.domain;

import cn.zhuanban.notification.Channel;

/** Sends deliveries of one channel; a send that throws is retried later with back-off. */
interface ChannelSender {

    Channel channel();

    void send(DeliveryTask task);
}
