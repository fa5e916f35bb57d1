package cn.zhuanban.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Dates as official documents write them (公文日期: 2026年12月7日), in the reader's language: the agenda, the minutes,
 * the assignment sheet and the 一企一策 plan. Tables, forms and the API keep ISO dates (2026-12-07). The pattern is
 * the message {@code document.date-pattern}, so templates format with {@code #temporals.format(d, #{...})} alike.
 */
@Component
public class OfficialDates {

    private final MessageSource messages;

    OfficialDates(MessageSource messages) {
        this.messages = messages;
    }

    /** The date in words, "" for none. */
    public String format(LocalDate date, Locale locale) {
        return date == null ? "" : date.format(formatter(locale));
    }

    /** An ISO date (yyyy-MM-dd) in words; anything else as it is (a detail typed by hand). */
    public String formatIso(String text, Locale locale) {
        if (text == null) {
            return "";
        }
        try {
            return format(LocalDate.parse(text.strip()), locale);
        } catch (java.time.format.DateTimeParseException e) {
            return text;
        }
    }

    private DateTimeFormatter formatter(Locale locale) {
        return DateTimeFormatter.ofPattern(messages.getMessage("document.date-pattern", null, locale), locale);
    }
}
