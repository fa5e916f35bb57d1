package cn.zhuanban.ticket.domain;

import cn.zhuanban.shared.SupportedDates;
import java.time.LocalDate;

/**
 * When a lead department may ask for an extension (domain.md §3): one request at a time, at most
 * {@value #MAX_EXTENSIONS} approved per ticket, for a date later than the resolve deadline.
 * Each answer is the key of the rule that refuses ({@link TicketRefusal}), null when none does.
 */
final class ExtensionRules {

    static final int MAX_EXTENSIONS = 2;

    private ExtensionRules() {}

    /** Why no extension may be asked now: one waits for its answer ({@code pending}), or the ticket has had its own. */
    static String requestRefused(LocalDate pending, int approved) {
        return pending != null ? "extension-pending" : approved >= MAX_EXTENSIONS ? "extension-limit" : null;
    }

    /**
     * Whether {@code until} is a date to ask for: later than the resolve deadline. A date outside the years the
     * calendar holds ({@link SupportedDates}) is refused before, as the date's field error like any other.
     */
    static boolean laterThan(LocalDate until, LocalDate resolveBy) {
        return until.isAfter(resolveBy);
    }
}
