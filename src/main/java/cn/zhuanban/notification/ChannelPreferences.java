package cn.zhuanban.notification;

/** Which channels a user opted into besides the inbox, which is always on. */
public record ChannelPreferences(boolean email, boolean sms, boolean robot) {

    /** Nobody is sent e-mail, SMS or robot messages without asking for them. */
    public static final ChannelPreferences DEFAULT = new ChannelPreferences(false, false, false);

    String describe() {
        return "email=" + email + ", sms=" + sms + ", robot=" + robot;
    }
}
