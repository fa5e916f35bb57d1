package cn.zhuanban.notification.domain;

import cn.zhuanban.notification.Channel;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** 企业微信群机器人: a text message, one post per department group, @-mentioning its recipients by mobile. */
@Component
class WeComChannel implements ChannelSender {

    private final RobotStore robots;
    private final RobotClient client;

    WeComChannel(RobotStore robots, RobotClient client) {
        this.robots = robots;
        this.client = client;
    }

    @Override
    public Channel channel() {
        return Channel.WECOM;
    }

    @Override
    public void send(DeliveryTask task) {
        RobotConfig robot = RobotRouting.robotOf(robots, task);
        if (!robot.hasWeCom()) {
            throw new IllegalStateException("no WeCom robot for department " + task.departmentId());
        }
        client.post(robot.wecomUrl(), message(task.body(), task.address()));
    }

    /** {@code mobiles}: comma-separated, one post @-mentions the whole group of recipients. */
    static Map<String, Object> message(String content, String mobiles) {
        Map<String, Object> text = mobiles == null
                ? Map.of("content", content)
                : Map.of("content", content, "mentioned_mobile_list", List.of(mobiles.split(",")));
        return Map.of("msgtype", "text", "text", text);
    }
}
