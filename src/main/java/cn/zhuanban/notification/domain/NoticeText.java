package cn.zhuanban.notification.domain;

import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders the text that leaves the platform (mail, SMS, robots) from the message bundles in the
 * recipient's language (Chinese, the district's language, unless they chose another); the inbox
 * keeps keys and is rendered in each reader's language instead. Links become absolute with the
 * configured public address of the platform.
 */
@Component
public class NoticeText {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final int MAX_SUBJECT_TEXT = 80;

    private final MessageSource messages;
    private final String baseUrl;

    NoticeText(
            MessageSource messages, @Value("${zhuanban.notification.base-url:http://localhost:8080}") String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String text(String messageKey, List<String> args) {
        return text(messageKey, args, CHINESE);
    }

    public String text(String messageKey, List<String> args, Locale locale) {
        return messages.getMessage(messageKey, args.toArray(), messageKey, locale);
    }

    public String subject(String text) {
        return subject(text, CHINESE);
    }

    public String subject(String text, Locale locale) {
        String shortText = text.length() > MAX_SUBJECT_TEXT ? text.substring(0, MAX_SUBJECT_TEXT) + "…" : text;
        return messages.getMessage("notification.mail.subject", new Object[] {shortText}, locale);
    }

    public String body(String text, String link) {
        return link == null || link.isBlank() ? text : text + "\n" + baseUrl + link;
    }
}
