package cn.zhuanban.identity.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps second-factor secrets encrypted at rest (AES-GCM): a copy of the database alone does not let anyone make
 * codes. The key is {@code zhuanban.security.totp-key} (Base64 of 16, 24 or 32 bytes); without it one is generated
 * into the data directory on first start, which serves a single node but not several, hence the warning. The user's
 * id is bound in as associated data, so a secret copied to another user's row does not open.
 */
@Component
class TotpSecretCipher {

    static final String KEY_FILE = "totp.key";

    private static final Logger log = LoggerFactory.getLogger(TotpSecretCipher.class);
    private static final String VERSION = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    TotpSecretCipher(
            @Value("${zhuanban.security.totp-key:}") String configured, @Value("${zhuanban.data-dir}") String dataDir) {
        byte[] bytes = configured.isBlank()
                ? fromDataDir(Path.of(dataDir))
                : Base64.getDecoder().decode(configured.strip());
        if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
            throw new IllegalStateException("zhuanban.security.totp-key must be Base64 of 16, 24 or 32 bytes");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    String seal(long userId, byte[] secret) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, iv, userId, secret);
        return VERSION
                + Base64.getEncoder()
                        .encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length)
                                .put(iv)
                                .put(sealed)
                                .array());
    }

    byte[] open(long userId, String stored) {
        if (!stored.startsWith(VERSION)) {
            throw new IllegalStateException("unknown second-factor secret format");
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(VERSION.length()));
        ByteBuffer buffer = ByteBuffer.wrap(all);
        byte[] iv = new byte[IV_BYTES];
        buffer.get(iv);
        byte[] sealed = new byte[buffer.remaining()];
        buffer.get(sealed);
        return run(Cipher.DECRYPT_MODE, iv, userId, sealed);
    }

    private byte[] run(int mode, byte[] iv, long userId, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(("app_user:" + userId).getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // A wrong key (nodes that do not share one) or a tampered row: the secret cannot be used.
            throw new IllegalStateException("second-factor secret cannot be opened with this key", e);
        }
    }

    private static byte[] fromDataDir(Path dataDir) {
        Path file = dataDir.resolve(KEY_FILE).toAbsolutePath().normalize();
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                try {
                    // CREATE_NEW: a second process starting at the same moment keeps the first one's key.
                    Files.writeString(file, Base64.getEncoder().encodeToString(fresh), StandardOpenOption.CREATE_NEW);
                    ownerOnly(file);
                } catch (FileAlreadyExistsException created) {
                    // read below
                }
            }
            log.warn(
                    "zhuanban.security.totp-key is not set: second-factor secrets are encrypted with the key in {},"
                            + " generated on first start. Production must set zhuanban.security.totp-key (Base64 of"
                            + " 32 random bytes) so that every node shares it and it is kept apart from the data.",
                    file);
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(
                    file,
                    Set.of(
                            java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data directory's own permissions protect it.
        }
    }
}
