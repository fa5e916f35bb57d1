package cn.zhuanban.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.audit.domain.AuditHasher;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditHasherTests {

    private static final Instant AT = Instant.parse("2026-10-09T08:00:00Z");
    private static final String START = "0".repeat(64);

    @Test
    void sm3AndSha256GiveDifferentHashesOf64HexDigits() {
        String sha = hash(AuditHasher.SHA_256, "summary");
        String sm3 = hash(AuditHasher.SM3, "summary");

        assertThat(sha).matches("[0-9a-f]{64}");
        assertThat(sm3).matches("[0-9a-f]{64}");
        assertThat(sm3).isNotEqualTo(sha);
    }

    @Test
    void anyChangeOfContentOrPredecessorChangesTheHash() {
        String hash = hash(AuditHasher.SHA_256, "summary");

        assertThat(hash(AuditHasher.SHA_256, "summary")).isEqualTo(hash);
        assertThat(hash(AuditHasher.SHA_256, "summary!")).isNotEqualTo(hash);
        assertThat(AuditHasher.hash(
                        AuditHasher.SHA_256,
                        "1".repeat(64),
                        1,
                        AT,
                        "auditor",
                        null,
                        "logout",
                        "security",
                        "auditor",
                        "summary"))
                .isNotEqualTo(hash);
    }

    private static String hash(String algorithm, String summary) {
        return AuditHasher.hash(
                algorithm, START, 1, AT, "auditor", "127.0.0.1", "logout", "security", "auditor", summary);
    }
}
