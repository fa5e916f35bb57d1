package cn.zhuanban.audit.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a summary's own structure puts a word. A word is read only when it stands alone between the separators the
 * events write ({@code =}, {@code , }, {@code ; }, {@code : }, brackets, spaces, the start or the end): a word inside
 * an e-mail address, a permission code's part, a URL, a file name or a setting's key is a recorded value and stays as
 * stored. A permission code ({@code project:project:view}) is itself one token.
 */
final class SummaryTokens {

    static final Pattern TOKEN = Pattern.compile("[a-z]+(?::[a-z]+){2}|[A-Za-z][A-Za-z0-9_]*");
    static final Pattern PERMISSION = Pattern.compile("[a-z]+(?::[a-z]+){2}");

    private static final String BEFORE = " =,;([（，；";
    private static final String AFTER = " =,;)]），；";

    /** A Java record's {@code toString} in an old summary, {@code ContractTerms[a=1, b=2]}: read as its fields. */
    private static final Pattern RECORD =
            Pattern.compile("(?<![\\p{L}\\p{N}_])[A-Z][a-z]+(?:[A-Z][a-z]+)+\\[([a-z][A-Za-z]*=[^\\[\\]]*)]");

    private SummaryTokens() {}

    /** Whether the token from {@code start} to {@code end} stands between separators of the summary's structure. */
    static boolean standsAlone(String summary, int start, int end) {
        if (start > 0 && BEFORE.indexOf(summary.charAt(start - 1)) < 0) {
            return false;
        }
        if (end == summary.length()) {
            return true;
        }
        char next = summary.charAt(end);
        if (next == ':') {
            return end + 1 == summary.length() || summary.charAt(end + 1) == ' ';
        }
        return AFTER.indexOf(next) >= 0;
    }

    /** The summary without the record wrappers that old summaries of contract terms carry. */
    static String unwrapRecords(String summary) {
        Matcher record = RECORD.matcher(summary);
        return record.find() ? record.replaceAll("$1") : summary;
    }
}
