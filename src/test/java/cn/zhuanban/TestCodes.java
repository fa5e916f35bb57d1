package cn.zhuanban;

import cn.zhuanban.enterprise.CreditCode;
import java.util.concurrent.ThreadLocalRandom;

/** Fresh codes for rows a test creates, so tests never collide with each other or the demo district. */
public final class TestCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private TestCodes() {}

    /** A valid unified social credit code nobody has used yet (with overwhelming probability). */
    public static String creditCode() {
        StringBuilder first17 = new StringBuilder("91410199");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (first17.length() < 17) {
            first17.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return CreditCode.withCheckCharacter(first17.toString()).value();
    }

    /** The same code with a different, still well-formed, last character: a wrong check character. */
    public static String withWrongCheckCharacter(String validCode) {
        char last = validCode.charAt(17);
        char other = ALPHABET.charAt((ALPHABET.indexOf(last) + 1) % ALPHABET.length());
        return validCode.substring(0, 17) + other;
    }

    public static String projectCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "2026-%06d-%02d-%02d-%06d"
                .formatted(
                        random.nextInt(1_000_000), random.nextInt(100), random.nextInt(100), random.nextInt(1_000_000));
    }

    /** A name suffix that makes a test's rows findable by {@code q} alone. */
    public static String unique(String prefix) {
        return prefix + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
    }
}
