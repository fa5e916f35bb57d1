package cn.zhuanban.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The value of an HTTP {@code Warning} header (code 299, "miscellaneous persistent warning") whose text a person reads.
 * A header carries only ISO-8859-1, so a text in Chinese would reach the caller as question marks: a text that is not
 * plain ASCII goes as an RFC 2047 encoded word ({@code =?UTF-8?B?…?=}), as HTTP/1.1 (RFC 2616 §14.46) has it for a
 * warning's text, which mail and HTTP libraries decode.
 */
public final class WarningHeader {

    public static final String NAME = "Warning";

    private WarningHeader() {}

    public static String of(String text) {
        boolean ascii = text.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
        String warnText = ascii
                ? text.replace("\\", "\\\\").replace("\"", "\\\"")
                : "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?=";
        return "299 - \"" + warnText + "\"";
    }
}
