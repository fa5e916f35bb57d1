package cn.zhuanban.enterprise;

import java.util.List;

/**
 * Something saved as entered but worth a second look, e.g. a credit code whose check character
 * does not match. {@code code} is stable for API clients; the text is the message {@code warning.<code>}.
 */
public record Warning(String code, String field, List<String> args) {

    public static final String CHECK_CHARACTER = "enterprise.credit-code-check-character";

    public Warning {
        args = List.copyOf(args);
    }

    public String messageKey() {
        return "warning." + code;
    }

    public static List<Warning> about(CreditCode code) {
        return code.checkCharacterValid()
                ? List.of()
                : List.of(new Warning(
                        CHECK_CHARACTER,
                        "creditCode",
                        List.of(
                                String.valueOf(code.value().charAt(17)),
                                String.valueOf(code.expectedCheckCharacter()))));
    }
}
