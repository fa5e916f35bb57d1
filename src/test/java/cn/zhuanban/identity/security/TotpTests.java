package cn.zhuanban.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The code generator against RFC 6238 and what authenticator apps expect of the secret and the time window. */
class TotpTests {

    /** The SHA1 seed of RFC 6238, appendix B: the ASCII digits 1234567890 twice. */
    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    /** Appendix B's SHA1 column (eight digits there), as the last six digits apps show. */
    @ParameterizedTest
    @CsvSource({
        "59, 287082",
        "1111111109, 081804",
        "1111111111, 050471",
        "1234567890, 005924",
        "2000000000, 279037",
        "20000000000, 353130"
    })
    void makesTheCodesOfTheRfc6238TestVectors(long epochSeconds, String code) {
        assertThat(Totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(epochSeconds))))
                .isEqualTo(code);
    }

    @Test
    void acceptsACodeOneStepEarlyOrLateButNotTwo() {
        Instant now = Instant.ofEpochSecond(1111111111);
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step - 1), now))
                .hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step + 1), now))
                .hasValue(step + 1);
        assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step - 2), now))
                .isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step + 2), now))
                .isEmpty();
    }

    @Test
    void takesACodeTypedWithSpacesAndRefusesAnythingButSixDigits() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(Totp.matchingStep(RFC_SEED, "287 082", now)).hasValue(1);
        assertThat(Totp.matchingStep(RFC_SEED, "94287082", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED, "28708x", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED, null, now)).isEmpty();
    }

    @Test
    void writesTheSecretInBase32AsAppsTakeIt() {
        // RFC 4648's own vectors, without the padding apps do not want.
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Totp.base32("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
        assertThat(Totp.base32(RFC_SEED)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    }

    @Test
    void makesSecretsOf160RandomBits() {
        byte[] one = Totp.newSecret();
        assertThat(one).hasSize(20).isNotEqualTo(Totp.newSecret());
        assertThat(Totp.base32(one)).hasSize(32);
    }
}
