package cn.zhuanban.notification.domain;

/** A department's group robots as stored: full URLs and the DingTalk signing secret. */
public record RobotConfig(long departmentId, String wecomUrl, String dingtalkUrl, String dingtalkSecret, int version) {

    public static RobotConfig none(long departmentId) {
        return new RobotConfig(departmentId, null, null, null, 0);
    }

    public boolean hasWeCom() {
        return wecomUrl != null && !wecomUrl.isBlank();
    }

    public boolean hasDingTalk() {
        return dingtalkUrl != null && !dingtalkUrl.isBlank();
    }
}
