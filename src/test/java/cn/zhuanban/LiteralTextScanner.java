package cn.zhuanban;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small HTML scanner for {@link I18nTests}: finds literal, user-visible text in a Thymeleaf
 * template (text between tags, and the attributes a user reads) and the message keys it names.
 * It walks tags respecting quoted attribute values, so {@code th:if="${a > b}"} does not end a tag.
 */
final class LiteralTextScanner {

    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>");
    private static final Pattern ENTITY = Pattern.compile("&(?:[a-zA-Z]+|#\\d+|#x[0-9a-fA-F]+);");
    private static final Pattern INLINE_EXPRESSION = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);
    /** Attributes a user reads; prefixed ones (th:title, th:attr) are evaluated and so never literal. */
    private static final Pattern VISIBLE_ATTRIBUTE = Pattern.compile(
            "(?<![\\w:-])(placeholder|title|alt|aria-label|data-confirm)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    private static final Pattern BUTTON_INPUT =
            Pattern.compile("(?is)^<input\\b.*\\btype\\s*=\\s*[\"']?(submit|button|reset)\\b.*");
    private static final Pattern VALUE = Pattern.compile("(?<![\\w:-])value\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([\\w.-]+)\\s*[}(]");
    private static final Pattern MESSAGES_CALL = Pattern.compile("#messages\\.msg\\w*\\(\\s*'([\\w.-]+)'\\s*[,)]");

    private LiteralTextScanner() {}

    /** Descriptions of every literal text found, in document order. */
    static List<String> scan(String html) {
        String source =
                SCRIPT_OR_STYLE.matcher(COMMENT.matcher(html).replaceAll("")).replaceAll("");
        List<String> findings = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            if (source.charAt(i) == '<') {
                checkText(text.toString(), findings);
                text.setLength(0);
                int end = tagEnd(source, i);
                checkTag(source.substring(i, end), findings);
                i = end;
            } else {
                text.append(source.charAt(i++));
            }
        }
        checkText(text.toString(), findings);
        return findings;
    }

    /** The keys of {@code #{key}} and {@code #messages.msg('key')}; computed keys cannot be known here. */
    static Set<String> messageKeys(String html) {
        Set<String> keys = new TreeSet<>();
        MESSAGE_KEY.matcher(html).results().forEach(m -> keys.add(m.group(1)));
        MESSAGES_CALL.matcher(html).results().forEach(m -> keys.add(m.group(1)));
        return keys;
    }

    /** The index after the tag's closing '>', skipping any '>' inside quoted attribute values. */
    private static int tagEnd(String s, int start) {
        char quote = 0;
        for (int i = start + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return s.length();
    }

    private static void checkText(String raw, List<String> findings) {
        String text = ENTITY.matcher(INLINE_EXPRESSION.matcher(raw).replaceAll(""))
                .replaceAll("")
                .strip();
        if (LETTER.matcher(text).find()) {
            findings.add("text \"" + text.replaceAll("\\s+", " ") + "\"");
        }
    }

    private static void checkTag(String tag, List<String> findings) {
        Matcher attribute = VISIBLE_ATTRIBUTE.matcher(tag);
        while (attribute.find()) {
            checkAttribute(
                    attribute.group(1), attribute.group(2) != null ? attribute.group(2) : attribute.group(3), findings);
        }
        if (BUTTON_INPUT.matcher(tag).matches()) {
            Matcher value = VALUE.matcher(tag);
            if (value.find()) {
                checkAttribute("value", value.group(1) != null ? value.group(1) : value.group(2), findings);
            }
        }
    }

    private static void checkAttribute(String name, String value, List<String> findings) {
        if (LETTER.matcher(INLINE_EXPRESSION.matcher(value).replaceAll("")).find()) {
            findings.add(name + "=\"" + value + "\"");
        }
    }
}
