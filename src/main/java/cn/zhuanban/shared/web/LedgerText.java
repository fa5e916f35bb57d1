package cn.zhuanban.shared.web;

import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A text of an exported ledger (its title, a state or kind in a cell) from its message key in the
 * user's language. A missing key fails the export rather than writing the key into the file.
 */
public final class LedgerText {

    private LedgerText() {}

    public static String of(MessageSource messages, String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
