package cn.zhuanban.schedule.web;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Dates and yes/no values of the plan sheet's htmx posts, read by hand rather than bound by Spring: a bound value
 * that did not convert ({@code targetDate=notadate}) ended on a 400 naming the raw parameter, which htmx does not
 * swap. Read here inside the edit, it is refused like any other value, above the sheet and in Chinese, with the
 * field's label.
 */
final class TypedValues {

    private static final Set<String> YES = Set.of("true", "on", "yes", "1");
    private static final Set<String> NO = Set.of("false", "off", "no", "0");

    private TypedValues() {}

    /** A date as typed ({@code 2027-03-31}), null when blank; refused when it is no date. */
    static LocalDate date(String typed, String field, String labelKey, Object... labelArgs) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw refused(field, "plan.error.typed-date", typed, labelKey, labelArgs);
        }
    }

    /** A yes or no ({@code true}, {@code false}, as a select or a checkbox sends it); {@code blank} when none. */
    static boolean flag(String typed, boolean blank, String field, String labelKey) {
        if (typed == null || typed.isBlank()) {
            return blank;
        }
        String value = typed.strip().toLowerCase(java.util.Locale.ROOT);
        if (YES.contains(value)) {
            return true;
        }
        if (NO.contains(value)) {
            return false;
        }
        throw refused(field, "plan.error.typed-choice", typed, labelKey);
    }

    /** A yes or no that must be given: none is refused as an unknown one is. */
    static boolean requiredFlag(String typed, String field, String labelKey) {
        if (typed == null || typed.isBlank()) {
            throw refused(field, "plan.error.typed-missing", "", labelKey);
        }
        return flag(typed, false, field, labelKey);
    }

    private static BusinessException refused(
            String field, String messageKey, String typed, String labelKey, Object... labelArgs) {
        String shown = typed.length() > 40 ? typed.substring(0, 40) + "…" : typed;
        return new BusinessException(
                ErrorCode.PLAN_FORM, field, new DefaultMessageSourceResolvable(new String[] {messageKey}, new Object[] {
                    new DefaultMessageSourceResolvable(new String[] {labelKey}, labelArgs), shown
                }));
    }
}
