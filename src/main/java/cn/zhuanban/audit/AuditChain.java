package cn.zhuanban.audit;

import cn.zhuanban.audit.domain.AuditHasher;
import java.time.Instant;

/**
 * The hash of one audit record chained to the previous one, for writers that fill the log in bulk
 * (the province generator) and must leave a chain that {@link ChainVerification} accepts.
 */
public final class AuditChain {

    private AuditChain() {}

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
        return AuditHasher.hash(algorithm, previousHash, id, at, actor, address, action, entityType, entityId, summary);
    }
}
