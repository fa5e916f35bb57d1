package cn.zhuanban.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * Hashes an audit record's content together with the previous record's hash. SHA-256 by default;
 * SM3 (GB/T 32905) where the district's rules ask for Chinese cryptography.
 */
public final class AuditHasher {

    public static final String SHA_256 = "SHA-256";
    public static final String SM3 = "SM3";

    private AuditHasher() {}

    public static String hash(
            String algorithm,
            String previousHash,
            long id,
            Instant at,
            String actor,
            String address,
            String action,
            String entityType,
            String entityId,
            String summary) {
        String content = String.join(
                "\u001f",
                previousHash,
                Long.toString(id),
                Long.toString(at.toEpochMilli()),
                actor,
                nullSafe(address),
                action,
                entityType,
                nullSafe(entityId),
                nullSafe(summary));
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(SM3.equals(algorithm) ? sm3(bytes) : sha256(bytes));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance(SHA_256).digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sm3(byte[] bytes) {
        SM3Digest digest = new SM3Digest();
        digest.update(bytes, 0, bytes.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }

    private static String nullSafe(String s) {
        return s == null ? "" : s;
    }
}
