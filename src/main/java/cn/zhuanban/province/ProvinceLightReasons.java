package cn.zhuanban.province;

import cn.zhuanban.project.LightReason;
import cn.zhuanban.project.LightReason.Items;
import cn.zhuanban.project.LightReason.Message;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A generated light's reason as the schedule's rules give one, about the stage goal under way: red when the plan can
 * no longer meet it (short by some working days), yellow when little float is left before it. Written as the
 * application keeps it, the Chinese text beside its message keys (V190), so that an English reader reads it in
 * English; the bare Chinese text ("节点滞后：…") stayed Chinese for him until the nightly review judged the project.
 */
final class ProvinceLightReasons {

    /** The text and keys of a reason, as project.light_reason(_code) and project_light_change.cause(_code) keep it. */
    record Reason(String text, String code) {}

    /** The rules' default float warning (LightRules: at most five working days of float is yellow). */
    private static final int FLOAT_WARNING_DAYS = 5;

    private final MessageSource messages;

    ProvinceLightReasons(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * Why a project is {@code light} ("RED" or "YELLOW") about stage goal {@code stage} (1 to 5): {@code days} short
     * of it when red, the float left being {@code days} modulo six (at most the warning) when yellow.
     */
    Reason about(String light, int stage, int days) {
        String key = "M" + stage;
        String name = ProvincePlans.STAGE_NAMES[stage - 1] + "完成";
        Message part = light.equals("RED")
                ? Message.of("plan.light-reason.short", items(Message.of("plan.light-reason.task", key, name, days)))
                : Message.of(
                        "plan.light-reason.float",
                        items(Message.of("plan.light-reason.float-task", key, name, days % (FLOAT_WARNING_DAYS + 1))),
                        FLOAT_WARNING_DAYS);
        LightReason reason = new LightReason(List.of(part));
        return new Reason(reason.text(messages, Locale.SIMPLIFIED_CHINESE), reason.code());
    }

    private static Items items(Message item) {
        return new Items(List.of(item));
    }
}
