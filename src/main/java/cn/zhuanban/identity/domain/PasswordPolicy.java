package cn.zhuanban.identity.domain;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;

/**
 * MLPS level-3 password rule: a minimum length (8 by default, a security setting) and at least
 * three of the four character classes upper case, lower case, digit and symbol; not the
 * username itself, nor a common password or little but runs and repeats ({@link TrivialPasswords}).
 */
public final class PasswordPolicy {

    private final int minLength;

    public PasswordPolicy(int minLength) {
        this.minLength = minLength;
    }

    public int minLength() {
        return minLength;
    }

    public void check(String username, String password) {
        if (password == null || password.length() < minLength || classes(password) < 3) {
            throw new BusinessException(ErrorCode.PASSWORD_WEAK, "password", minLength);
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            throw new BusinessException(ErrorCode.PASSWORD_WEAK, "password", minLength);
        }
        if (TrivialPasswords.trivial(password)) {
            throw new BusinessException(ErrorCode.PASSWORD_TRIVIAL, "password");
        }
    }

    static int classes(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean symbol = false;
        for (char c : password.toCharArray()) {
            if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else if (!Character.isWhitespace(c)) {
                symbol = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }
}
