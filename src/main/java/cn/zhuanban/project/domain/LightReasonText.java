package cn.zhuanban.project.domain;

import cn.zhuanban.project.LightReason;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A light's reason as its reader reads it: from its message keys (V190) in the reader's language, else (a reason
 * stored before them, one given as plain text, one too long to keep as keys) the text as stored. The stored text
 * (light_reason) stays Chinese, the district's language: audit records, the history and old exports carry it.
 */
@Component
public class LightReasonText {

    /** The stored text's language and that of a reader with no request (a job): the district's. */
    static final Locale STORED = Locale.SIMPLIFIED_CHINESE;

    /** The column's length (project.light_reason). */
    private static final int STORED_MAX = 500;

    private final MessageSource messages;

    LightReasonText(MessageSource messages) {
        this.messages = messages;
    }

    /** The text stored beside the keys: in Chinese, cut to the column. */
    public String stored(LightReason reason) {
        String text = reason == null ? null : reason.text(messages, STORED);
        return text == null || text.length() <= STORED_MAX ? text : text.substring(0, STORED_MAX - 1) + "…";
    }

    /** In the language of the request being answered (Chinese with none). */
    public String of(String stored, String code) {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        Locale locale = context == null ? null : context.getLocale();
        return of(stored, code, locale == null ? STORED : locale);
    }

    public String of(String stored, String code, Locale locale) {
        LightReason reason = LightReasonCode.decode(code);
        return reason == null ? stored : reason.text(messages, locale);
    }
}
