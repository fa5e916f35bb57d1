package cn.zhuanban.identity.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Passwords that pass the length and character-class rule but that anyone guesses first: a common password with
 * capitals, digits or symbols around it ({@code Password1}, {@code P@ssw0rd}, {@code Admin@123}, {@code Welcome1}), or
 * little but runs of the alphabet, the digits or a keyboard row and repeated characters ({@code Abcd1234},
 * {@code Aaaaaaa1}, {@code Qwer1234}, {@code 1qaz2wsx}). A small list on purpose: it stops what guessing tries first,
 * without a dictionary to ship and keep.
 */
final class TrivialPasswords {

    /** Common passwords by their letters (lower case, look-alike digits and symbols read as letters). */
    private static final Set<String> COMMON = Set.of(
            "password",
            "passwd",
            "pass",
            "pwd",
            "admin",
            "administrator",
            "root",
            "system",
            "sysadmin",
            "secadmin",
            "auditor",
            "qwerty",
            "welcome",
            "letmein",
            "iloveyou",
            "woaini",
            "test",
            "guest",
            "user",
            "changeme",
            "default",
            "master",
            "monkey",
            "dragon",
            "sunshine",
            "princess",
            "football",
            "baseball",
            "superman",
            "trustno",
            "login",
            "china",
            "beijing",
            "hello",
            "secret",
            "abc",
            "abcd",
            "abcde",
            "abcdef",
            "qwe",
            "asd",
            "zxc",
            "qaz",
            "wsx",
            "aa",
            "aaa",
            "aaaa");

    /** Runs guessing tries: the alphabet, the digits, the keyboard's rows and its columns (1qaz2wsx). */
    private static final List<String> SEQUENCES = List.of(
            "abcdefghijklmnopqrstuvwxyz",
            "01234567890",
            "qwertyuiop",
            "asdfghjkl",
            "zxcvbnm",
            "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
            "1q2w3e4r5t6y7u8i9o0p",
            "!@#$%^&*()");

    /** Characters beyond the runs and repeats that a password must have. */
    private static final int MIN_OTHER_CHARACTERS = 4;

    private TrivialPasswords() {}

    static boolean trivial(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        return COMMON.contains(letters(lower, false))
                || COMMON.contains(letters(lower, true))
                || otherCharacters(lower) < MIN_OTHER_CHARACTERS;
    }

    /**
     * The letters; with {@code lookAlikes} also digits and symbols that look like letters (p@ssw0rd → password), without
     * them a digit or symbol that only follows a word stays out (admin@123 → admin).
     */
    private static String letters(String lower, boolean lookAlikes) {
        StringBuilder letters = new StringBuilder();
        for (char c : lower.toCharArray()) {
            char read = !lookAlikes
                    ? c
                    : switch (c) {
                        case '@' -> 'a';
                        case '0' -> 'o';
                        case '$' -> 's';
                        case '3' -> 'e';
                        default -> c;
                    };
            if (read >= 'a' && read <= 'z') {
                letters.append(read);
            }
        }
        return letters.toString();
    }

    /**
     * How many characters are left once runs of three or more are taken out: the same character repeated, or
     * neighbours (forwards or backwards) in one of the {@link #SEQUENCES}.
     */
    private static int otherCharacters(String lower) {
        int others = 0;
        int i = 0;
        while (i < lower.length()) {
            int end = runEnd(lower, i);
            others += end - i >= 3 ? 0 : end - i;
            i = end;
        }
        return others;
    }

    /** The end of the longest run starting at {@code start} (at least {@code start + 1}). */
    private static int runEnd(String s, int start) {
        int best = start + 1;
        int repeat = start + 1;
        while (repeat < s.length() && s.charAt(repeat) == s.charAt(start)) {
            repeat++;
        }
        best = Math.max(best, repeat);
        for (String sequence : SEQUENCES) {
            for (int step : new int[] {1, -1}) {
                int end = start + 1;
                while (end < s.length() && neighbours(sequence, s.charAt(end - 1), s.charAt(end), step)) {
                    end++;
                }
                best = Math.max(best, end);
            }
        }
        return best;
    }

    private static boolean neighbours(String sequence, char a, char b, int step) {
        for (int at = sequence.indexOf(a); at >= 0; at = sequence.indexOf(a, at + 1)) {
            int next = at + step;
            if (next >= 0 && next < sequence.length() && sequence.charAt(next) == b) {
                return true;
            }
        }
        return false;
    }
}
