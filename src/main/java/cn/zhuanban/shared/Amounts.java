package cn.zhuanban.shared;

import java.math.BigDecimal;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The money amounts the platform keeps (万元): the columns are {@code numeric(14, 2)}, at most 12 digits before the
 * point and 2 after. A larger amount that reached the database failed the whole request (HTTP 500) and lost what the
 * user typed; the forms refuse it with {@link Amount} ("金额最多 12 位整数、2 位小数"), and an amount worked out from
 * others (a cumulative figure) with {@link #require}.
 */
public final class Amounts {

    public static final int INTEGER_DIGITS = 12;
    public static final int FRACTION_DIGITS = 2;

    private Amounts() {}

    /** True for an amount the columns hold (trailing zeros do not count: 1.500 is 1.5), and for none at all. */
    public static boolean fits(BigDecimal amount) {
        if (amount == null) {
            return true;
        }
        BigDecimal plain = amount.stripTrailingZeros();
        int fraction = Math.max(plain.scale(), 0);
        return plain.precision() - plain.scale() <= INTEGER_DIGITS && fraction <= FRACTION_DIGITS;
    }

    /** For an amount that arrives outside a validated form: refused naming {@code field}, in the user's language. */
    public static BigDecimal require(BigDecimal amount, String field) {
        if (!fits(amount)) {
            throw new BusinessException(ErrorCode.VALIDATION, field, tooLarge());
        }
        return amount;
    }

    /** The message of an amount the columns do not hold, as a message argument. */
    public static DefaultMessageSourceResolvable tooLarge() {
        return new DefaultMessageSourceResolvable(new String[] {"validation.money"});
    }
}
