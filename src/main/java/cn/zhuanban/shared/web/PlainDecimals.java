package cn.zhuanban.shared.web;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;
import org.springframework.format.Formatter;
import org.springframework.util.NumberUtils;

/**
 * Decimals as people write them: digits and a point, never an exponent. {@code new BigDecimal("1e20")} is
 * {@code 1E+20}, and its {@code toString} is what an input of a refused form showed again ("1E+20" where the user
 * typed 1e20), as did any page that printed such a value; a decimal bound from a form is therefore kept without an
 * exponent, and printed with {@link BigDecimal#toPlainString}. An exponent so large that the digits would fill the
 * memory ({@code 1e999999999}) is no number a form takes: it is refused like other text that is no number.
 */
final class PlainDecimals implements Formatter<BigDecimal> {

    /** Far beyond every amount and rate the platform keeps, far below what would strain the memory. */
    static final int MAX_DIGITS = 100;

    @Override
    public BigDecimal parse(String text, Locale locale) throws ParseException {
        BigDecimal value = NumberUtils.parseNumber(text, BigDecimal.class);
        if (!printable(value)) {
            throw new NumberFormatException("no plain decimal: " + text);
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    @Override
    public String print(BigDecimal value, Locale locale) {
        return plain(value);
    }

    /** The value's digits without an exponent; one too long to write out keeps its exponent. */
    static String plain(BigDecimal value) {
        return printable(value) ? value.toPlainString() : value.toString();
    }

    private static boolean printable(BigDecimal value) {
        return value.precision() - value.scale() <= MAX_DIGITS && value.scale() <= MAX_DIGITS;
    }
}
