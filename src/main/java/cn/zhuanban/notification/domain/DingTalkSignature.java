package cn.zhuanban.notification.domain;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature a DingTalk robot with "加签" security expects: Base64(HMAC-SHA256 keyed with the
 * secret over {@code timestamp + "\n" + secret}), URL-encoded and appended with the timestamp in
 * milliseconds. DingTalk refuses signatures older than an hour, so each attempt signs anew.
 */
final class DingTalkSignature {

    private DingTalkSignature() {}

    static String sign(String secret, long timestampMillis) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestampMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** The webhook URL with {@code timestamp} and {@code sign} appended; unchanged without a secret. */
    static String signedUrl(String webhookUrl, String secret, long timestampMillis) {
        if (secret == null || secret.isBlank()) {
            return webhookUrl;
        }
        String sign = URLEncoder.encode(sign(secret, timestampMillis), StandardCharsets.UTF_8);
        return webhookUrl + (webhookUrl.contains("?") ? "&" : "?") + "timestamp=" + timestampMillis + "&sign=" + sign;
    }
}
