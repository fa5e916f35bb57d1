package cn.zhuanban.shared.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** The column headers of an exported ledger, from their message keys in the user's language. */
public final class LedgerHeaders {

    private LedgerHeaders() {}

    public static List<String> of(MessageSource messages, Locale locale, String... keys) {
        return Arrays.stream(keys)
                .map(key -> LedgerText.of(messages, key, locale))
                .toList();
    }
}
