package cn.zhuanban.audit.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * A change of a security setting, stored as {@code lockout.minutes: 15 → 16}, read with the setting's label
 * ({@code audit.setting.<key>}); who must use a second factor is stored as a number and reads as the choice. A role's own
 * session limit is stored as {@code session.max-per-role.<role code>: null → 1} and reads with the role's name.
 */
final class SettingSummary {

    private static final Pattern CHANGE = Pattern.compile("^([a-z][a-z-]*\\.[a-z][a-z-]*): (\\S+) → (\\S+)$");
    private static final Pattern ROLE_CHANGE =
            Pattern.compile("^(session\\.max-per-role\\.)([A-Z][A-Z0-9_]*): (\\S+) → (\\S+)$");
    static final String SECOND_FACTOR = "second-factor.required";
    /** The choices of {@link #SECOND_FACTOR} in the order of their stored numbers (0, 1, 2). */
    static final List<String> SECOND_FACTOR_CHOICES = List.of("nobody", "administrators", "everyone");

    private SettingSummary() {}

    /** The change read, or null when the summary is not a setting's change or names an unknown setting. */
    static String read(String summary, MessageSource messages, Locale locale, RoleNames roles) {
        Matcher role = ROLE_CHANGE.matcher(summary);
        if (role.matches()) {
            String name = roles.name(role.group(2));
            Object[] args = {name == null ? role.group(2) : name};
            return reading(
                    messages.getMessage("audit.setting." + role.group(1), args, null, locale), role, messages, locale);
        }
        Matcher change = CHANGE.matcher(summary);
        if (!change.matches()) {
            return null;
        }
        return reading(
                messages.getMessage("audit.setting." + change.group(1), null, null, locale), change, messages, locale);
    }

    /** The label, then the change's last two groups (before and after) as values of the setting in its first group. */
    private static String reading(String label, Matcher change, MessageSource messages, Locale locale) {
        if (label == null) {
            return null;
        }
        String key = change.group(1);
        int before = change.groupCount() - 1;
        String colon = "zh".equals(locale.getLanguage()) ? "：" : ": ";
        return label + colon + value(key, change.group(before), messages, locale) + " → "
                + value(key, change.group(before + 1), messages, locale);
    }

    private static String value(String key, String stored, MessageSource messages, Locale locale) {
        if (stored.equals("null")) {
            return "—";
        }
        if (key.equals(SECOND_FACTOR) && stored.matches("[0-9]")) {
            int choice = Integer.parseInt(stored);
            if (choice < SECOND_FACTOR_CHOICES.size()) {
                return messages.getMessage(
                        "security.second-factor-required." + SECOND_FACTOR_CHOICES.get(choice), null, stored, locale);
            }
        }
        return stored;
    }
}
