package cn.zhuanban.notification.domain;

import cn.zhuanban.notification.Channel;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** 钉钉群机器人: a text message to the signed webhook, one post per department group, @-mentioning its recipients by mobile. */
@Component
class DingTalkChannel implements ChannelSender {

    private final RobotStore robots;
    private final RobotClient client;
    private final Clock clock;

    DingTalkChannel(RobotStore robots, RobotClient client, Clock clock) {
        this.robots = robots;
        this.client = client;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.DINGTALK;
    }

    @Override
    public void send(DeliveryTask task) {
        RobotConfig robot = RobotRouting.robotOf(robots, task);
        if (!robot.hasDingTalk()) {
            throw new IllegalStateException("no DingTalk robot for department " + task.departmentId());
        }
        String url = DingTalkSignature.signedUrl(robot.dingtalkUrl(), robot.dingtalkSecret(), clock.millis());
        client.post(url, message(task.body(), task.address()));
    }

    /** DingTalk only turns an @ into a mention when the mobile also appears in the text. */
    static Map<String, Object> message(String content, String mobiles) {
        if (mobiles == null) {
            return Map.of("msgtype", "text", "text", Map.of("content", content));
        }
        List<String> each = List.of(mobiles.split(","));
        return Map.of(
                "msgtype", "text",
                "text", Map.of("content", content + " @" + String.join(" @", each)),
                "at", Map.of("atMobiles", each));
    }
}
