package cn.zhuanban.notification;

/**
 * A department's group robots as the administrator sees them: URLs with their access keys
 * masked, and of the DingTalk secret only whether it is set and its last characters.
 */
public record RobotView(
        long departmentId,
        String departmentName,
        int depth,
        String wecomUrl,
        String dingtalkUrl,
        String dingtalkSecretHint,
        int version) {

    public boolean configured() {
        return wecomUrl != null || dingtalkUrl != null;
    }
}
