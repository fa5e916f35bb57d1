package cn.zhuanban.imports.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A row problem's message arguments as one text: names, codes and amounts shown as they were given. A number is kept as
 * a number (marked), since a message may format it ("与第 {0,number,#} 行重复"), which a text would break; a code of
 * digits only stays text, so that it is never shown with thousands separators. A label (a level's, a stage's) is kept
 * as its message key (marked), so that it is shown in the reader's language.
 */
final class ProblemArgs {

    private static final String SEP = "\u001F";
    private static final String NUMBER = "\u0002";
    private static final String LABEL = "\u0003";
    private static final int MAX = 1000;

    private ProblemArgs() {}

    static String join(List<Object> args) {
        if (args.isEmpty()) {
            return null;
        }
        String joined = String.join(SEP, args.stream().map(ProblemArgs::text).toList());
        return joined.length() <= MAX ? joined : joined.substring(0, MAX);
    }

    static List<Object> split(String joined) {
        if (joined == null) {
            return List.of();
        }
        return Arrays.stream(joined.split(SEP, -1)).map(ProblemArgs::arg).toList();
    }

    private static String text(Object arg) {
        if (arg instanceof Number n) {
            return NUMBER + n;
        }
        if (arg instanceof MessageSourceResolvable r && r.getCodes() != null && r.getCodes().length > 0) {
            return LABEL + r.getCodes()[0];
        }
        return String.valueOf(arg);
    }

    private static Object arg(String text) {
        if (text.startsWith(LABEL)) {
            return new DefaultMessageSourceResolvable(text.substring(LABEL.length()));
        }
        if (!text.startsWith(NUMBER)) {
            return text;
        }
        String number = text.substring(NUMBER.length());
        try {
            return number.contains(".") ? new BigDecimal(number) : (Object) Long.valueOf(number);
        } catch (NumberFormatException e) {
            // Cut off at the length limit: shown as the text it was.
            return number;
        }
    }
}
