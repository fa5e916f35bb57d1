package cn.zhuanban.audit.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * The value words of one record read in the reader's language: {@code null}, a boolean, a fixed word
 * ({@code audit.word.<word>}), a code of the record's type (the prefixes of {@link SummaryVocabulary}) or, in records
 * of users and roles, a role's code, which reads as the role's name. An unknown word stays as stored.
 */
final class SummaryWords {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final MessageSource messages;
    private final RoleNames roles;
    private final List<String> prefixes;
    private final boolean roleCodes;
    private final Locale locale;

    SummaryWords(MessageSource messages, RoleNames roles, String entityType, Locale locale) {
        this.messages = messages;
        this.roles = roles;
        this.prefixes = SummaryVocabulary.prefixes(entityType);
        this.roleCodes = "user".equals(entityType) || "role".equals(entityType);
        this.locale = locale;
    }

    String value(String word) {
        switch (word) {
            case "null" -> {
                return "—";
            }
            case "true", "false" -> {
                return label("audit.value." + word, word);
            }
            default -> {}
        }
        if (!CODE.matcher(word).matches()) {
            return label("audit.word." + word, word);
        }
        for (List<String> tried : List.of(prefixes, SummaryVocabulary.ANY_TYPE)) {
            for (String prefix : tried) {
                String label = messages.getMessage(prefix + word, null, null, locale);
                if (label != null) {
                    return label;
                }
            }
        }
        String role = roleCodes ? roles.name(word) : null;
        return role == null ? word : role;
    }

    String label(String key, String word) {
        return messages.getMessage(key, null, word, locale);
    }
}
