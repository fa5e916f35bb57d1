package cn.zhuanban.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Second-factor secrets at rest: encrypted, bound to their user, with a configured key or one kept in the data dir. */
class TotpSecretCipherTests {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @TempDir
    Path dataDir;

    @Test
    void aSealedSecretOpensOnlyForItsUserAndNeverShowsInClear() {
        TotpSecretCipher cipher = new TotpSecretCipher(KEY, dataDir.toString());
        byte[] secret = Totp.newSecret();
        String sealed = cipher.seal(7, secret);

        assertThat(sealed).startsWith("v1:").doesNotContain(Totp.base32(secret));
        assertThat(cipher.open(7, sealed)).isEqualTo(secret);
        assertThat(cipher.seal(7, secret)).as("a fresh IV each time").isNotEqualTo(sealed);
        assertThatThrownBy(() -> cipher.open(8, sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anotherKeyCannotOpenIt() {
        String sealed = new TotpSecretCipher(KEY, dataDir.toString()).seal(7, Totp.newSecret());
        String other = Base64.getEncoder().encodeToString(new byte[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16
        });
        assertThatThrownBy(() -> new TotpSecretCipher(other, dataDir.toString()).open(7, sealed))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAConfiguredKeyOneIsGeneratedIntoTheDataDirAndKept() throws Exception {
        TotpSecretCipher first = new TotpSecretCipher("", dataDir.toString());
        Path file = dataDir.resolve(TotpSecretCipher.KEY_FILE);
        assertThat(file).exists();
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);

        byte[] secret = Totp.newSecret();
        String sealed = first.seal(3, secret);
        assertThat(new TotpSecretCipher("", dataDir.toString()).open(3, sealed)).isEqualTo(secret);
    }

    @Test
    void aKeyOfTheWrongLengthIsRefusedAtStart() {
        assertThatThrownBy(() ->
                        new TotpSecretCipher(Base64.getEncoder().encodeToString(new byte[10]), dataDir.toString()))
                .isInstanceOf(IllegalStateException.class);
    }
}
