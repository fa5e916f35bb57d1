package cn.zhuanban.enterprise;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from the alphabet
 * below, the last one a check character over the first 17. The format is a hard rule; a wrong
 * check character is not, because some codes issued early fail the check and are still valid
 * registrations, so it only yields a warning.
 */
public record CreditCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final Pattern FORMAT = Pattern.compile("[" + ALPHABET + "]{18}");

    public CreditCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new BusinessException(ErrorCode.CREDIT_CODE_FORMAT, "creditCode", value);
        }
    }

    /** Reads what a person typed: surrounding blanks and lower case are forgiven, nothing else. */
    public static CreditCode parse(String typed) {
        return new CreditCode(typed == null ? null : typed.strip().toUpperCase(Locale.ROOT));
    }

    /** Completes 17 characters with their check character; the demo district makes its codes so. */
    public static CreditCode withCheckCharacter(String first17) {
        return new CreditCode(first17 + checkCharacter(first17));
    }

    /** Σ index(c_i) × w_i over the first 17 characters. */
    public static int weightedSum(String first17) {
        if (first17.length() < WEIGHTS.length) {
            throw new BusinessException(ErrorCode.CREDIT_CODE_FORMAT, "creditCode", first17);
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            int index = ALPHABET.indexOf(first17.charAt(i));
            if (index < 0) {
                throw new BusinessException(ErrorCode.CREDIT_CODE_FORMAT, "creditCode", first17);
            }
            sum += index * WEIGHTS[i];
        }
        return sum;
    }

    /** (31 − Σ mod 31) mod 31, as the character with that index. */
    public static char checkCharacter(String first17) {
        return ALPHABET.charAt((31 - weightedSum(first17) % 31) % 31);
    }

    public char expectedCheckCharacter() {
        return checkCharacter(value.substring(0, 17));
    }

    public boolean checkCharacterValid() {
        return value.charAt(17) == expectedCheckCharacter();
    }

    @Override
    public String toString() {
        return value;
    }
}
