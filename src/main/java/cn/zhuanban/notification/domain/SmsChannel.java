package cn.zhuanban.notification.domain;

import cn.zhuanban.notification.Channel;
import cn.zhuanban.notification.SmsGateway;
import org.springframework.stereotype.Component;

/** SMS through whatever {@link SmsGateway} the installation provides. */
@Component
class SmsChannel implements ChannelSender {

    private final SmsGateway gateway;

    SmsChannel(SmsGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public void send(DeliveryTask task) {
        gateway.send(task.address(), task.body());
    }
}
