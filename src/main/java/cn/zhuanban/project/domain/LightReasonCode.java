package cn.zhuanban.project.domain;

import cn.zhuanban.project.LightReason;
import cn.zhuanban.project.LightReason.Arg;
import cn.zhuanban.project.LightReason.Items;
import cn.zhuanban.project.LightReason.Message;
import cn.zhuanban.project.LightReason.Text;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link LightReason} as its column keeps it (project.light_reason_code, project_light_change.cause_code; V190):
 * JSON that a person can still read, {@code {"v":1,"parts":[{"k":"plan.light-reason.missed","a":[[{"k":..}]]}]}},
 * an argument either a string or a list of sentences. A value too long for the column is not kept (the stored Chinese
 * text is shown then), nor is one that cannot be read back (shown as stored as well).
 */
public final class LightReasonCode {

    /** The columns' length. */
    static final int MAX = 4000;

    private static final JsonMapper JSON = JsonMapper.shared();

    private LightReasonCode() {}

    public static String encode(LightReason reason) {
        if (reason == null) {
            return null;
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("v", 1);
        ArrayNode parts = root.putArray("parts");
        reason.parts().forEach(m -> parts.add(node(m)));
        String code = JSON.writeValueAsString(root);
        return code.length() <= MAX ? code : null;
    }

    public static LightReason decode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            JsonNode root = JSON.readTree(code);
            if (root.path("v").asInt() != 1 || !root.path("parts").isArray()) {
                return null;
            }
            return new LightReason(messages(root.get("parts")));
        } catch (JacksonException | IllegalArgumentException | NullPointerException unreadable) {
            return null;
        }
    }

    private static ObjectNode node(Message m) {
        ObjectNode node = JSON.createObjectNode();
        node.put("k", m.key());
        ArrayNode args = node.putArray("a");
        for (Arg a : m.args()) {
            switch (a) {
                case Text t -> args.add(t.value());
                case Items i -> {
                    ArrayNode items = args.addArray();
                    i.items().forEach(item -> items.add(node(item)));
                }
            }
        }
        return node;
    }

    private static List<Message> messages(JsonNode array) {
        List<Message> messages = new ArrayList<>();
        for (JsonNode m : array) {
            List<Arg> args = new ArrayList<>();
            for (JsonNode a : m.path("a")) {
                args.add(a.isArray() ? new Items(messages(a)) : new Text(a.asString()));
            }
            messages.add(new Message(m.get("k").asString(), args));
        }
        return messages;
    }
}
