package cn.zhuanban.notification;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A change of a department's robots. Blank fields keep what is stored (stored values are never
 * shown back in full); the clear flags remove a robot. The flags are objects because an unticked
 * checkbox sends nothing, and a missing primitive fails constructor binding.
 */
public record RobotForm(
        @Size(max = 500, message = "{validation.max-length}")
        @Pattern(regexp = URL, message = "{notification.robot.url-invalid}")
        String wecomUrl,

        @Size(max = 500, message = "{validation.max-length}")
        @Pattern(regexp = URL, message = "{notification.robot.url-invalid}")
        String dingtalkUrl,

        @Size(max = 200, message = "{validation.max-length}")
        String dingtalkSecret,

        Boolean clearWecom,
        Boolean clearDingtalk,
        int version) {

    static final String URL = "|https://[^\\s]+";

    public boolean clearsWecom() {
        return Boolean.TRUE.equals(clearWecom);
    }

    public boolean clearsDingtalk() {
        return Boolean.TRUE.equals(clearDingtalk);
    }
}
