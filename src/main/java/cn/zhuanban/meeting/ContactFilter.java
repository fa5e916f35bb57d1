package cn.zhuanban.meeting;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Filters of the contact list and its export, all optional: {@code q} searches the content, the follow-up, the person
 * at the enterprise and the enterprise's name; {@code staffUserId} is who recorded the contact; {@code ticketed}
 * whether it was turned into a ticket; {@code from} and {@code to} are whole days, both inclusive.
 */
public record ContactFilter(
        String q,
        Long enterpriseId,
        ContactChannel channel,
        Long staffUserId,
        Boolean ticketed,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    public static ContactFilter none() {
        return ofEnterprise(null);
    }

    public static ContactFilter ofEnterprise(Long enterpriseId) {
        return new ContactFilter(null, enterpriseId, null, null, null, null, null);
    }

    /** The search text as typed, without surrounding blanks; null when there is none. */
    public String text() {
        return q == null || q.isBlank() ? null : q.strip();
    }

    /** Whether any filter besides the enterprise is set: the page then offers to clear them. */
    public boolean narrowed() {
        return text() != null
                || channel != null
                || staffUserId != null
                || ticketed != null
                || from != null
                || to != null;
    }

    /** A range that ends before it starts finds nothing: the user mixed the dates up and is told so. */
    boolean datesInOrder() {
        return from == null || to == null || !from.isAfter(to);
    }
}
