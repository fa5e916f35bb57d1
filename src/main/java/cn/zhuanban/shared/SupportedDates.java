package cn.zhuanban.shared;

import java.time.LocalDate;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The dates the platform keeps: 2000-01-01 to 2100-12-31, the range every working-day calendar is indexed for. A
 * mistyped year (0001, 9999) is refused where it is typed: in a deadline or plan it would count working days over
 * centuries and show figures like "528,376 working days short", and in a calendar it would widen every index.
 */
public final class SupportedDates {

    public static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    private SupportedDates() {}

    /** True for a date in the range, and for no date at all (whether one is required is another rule). */
    public static boolean allows(LocalDate date) {
        return date == null || !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    /** For a date that arrives outside a validated form: refused naming {@code field}, in the user's language. */
    public static LocalDate require(LocalDate date, String field) {
        if (!allows(date)) {
            throw new BusinessException(
                    ErrorCode.VALIDATION,
                    field,
                    new DefaultMessageSourceResolvable(
                            new String[] {"validation.date-outside"}, new Object[] {date.toString()}));
        }
        return date;
    }
}
