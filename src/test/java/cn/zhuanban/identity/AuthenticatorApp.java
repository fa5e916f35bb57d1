package cn.zhuanban.identity;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A phone's authenticator app for tests: takes the key shown on the enrolment page and makes the codes for a step,
 * written apart from the application's own generator so that a shared mistake cannot pass.
 */
final class AuthenticatorApp {

    private static final Pattern SECRET = Pattern.compile("id=\"second-factor-secret\">([A-Z2-7]+)<");

    private final byte[] key;

    private AuthenticatorApp(byte[] key) {
        this.key = key;
    }

    /** The app after scanning the enrolment page's key. */
    static AuthenticatorApp scan(String enrolmentPage) {
        Matcher m = SECRET.matcher(enrolmentPage);
        if (!m.find()) {
            throw new IllegalStateException("no key on the page");
        }
        return new AuthenticatorApp(base32(m.group(1)));
    }

    static long stepNow() {
        return Instant.now().getEpochSecond() / 30;
    }

    String code(long step) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(key, "HmacSHA1"));
        byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
        int offset = hash[19] & 0xf;
        int value = ((hash[offset] & 0x7f) << 24)
                | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        return String.format("%06d", value % 1_000_000);
    }

    /** A code of the right shape that is none of the window's codes. */
    String wrongCode(long step) throws Exception {
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            if (!code.equals(code(step - 1)) && !code.equals(code(step)) && !code.equals(code(step + 1))) {
                return code;
            }
        }
    }

    private static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
