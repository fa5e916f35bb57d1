package cn.zhuanban.audit.web;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Turns what an auditor typed into the 操作 box into the action codes it names: every code whose label in the
 * auditor's language holds the text ({@code 登录} finds {@code login.succeeded} and {@code login.failed}). Codes typed
 * as codes are still matched as a prefix by the search itself.
 */
@Component
class ActionLabels {

    private static final String PREFIX = "audit.action.";
    /** The box's own hint lives under the same prefix and names no action. */
    private static final String HINT = PREFIX + "hint";

    Set<String> named(String typed, Locale locale) {
        Set<String> codes = new TreeSet<>();
        if (typed == null || typed.isBlank()) {
            return codes;
        }
        String text = typed.strip().toLowerCase(locale);
        ResourceBundle labels = ResourceBundle.getBundle(
                "messages",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        for (String key : labels.keySet()) {
            if (key.startsWith(PREFIX)
                    && !key.equals(HINT)
                    && labels.getString(key).toLowerCase(locale).contains(text)) {
                codes.add(key.substring(PREFIX.length()));
            }
        }
        return codes;
    }
}
