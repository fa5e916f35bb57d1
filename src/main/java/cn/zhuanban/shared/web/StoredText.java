package cn.zhuanban.shared.web;

/**
 * Characters no text of the platform may hold: the NUL character (U+0000), which PostgreSQL refuses in every text
 * column ("invalid byte sequence for encoding UTF8: 0x00", a 500 after the request had done its work), and a UTF-16
 * surrogate without its partner (a JSON escape can write U+D800 with no U+DC00-U+DFFF after it), which no UTF-8 column
 * can hold and which was stored as "?" without a word. Other control characters are left alone: tabs and line breaks
 * are text, and the rest are stored faithfully by both databases.
 */
final class StoredText {

    static final String MESSAGE = "error.validation.text-characters";

    private StoredText() {}

    /** True when {@code text} holds a NUL character or a lone surrogate. */
    static boolean refused(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
