package cn.zhuanban.meeting.domain;

import java.util.Collection;
import java.util.List;

/**
 * Which contacts a user sees: all (scope ALL), or those of the enterprises of the projects in his
 * scope, and always his own entries. {@code enterpriseIds} never empty (a sentinel keeps IN valid).
 */
public record ContactScope(boolean all, long userId, Collection<Long> enterpriseIds) {

    public ContactScope {
        enterpriseIds = enterpriseIds.isEmpty() ? List.of(-1L) : List.copyOf(enterpriseIds);
    }

    static final String CONTACTS =
            "(:scopeAll = true or c.staff_user_id = :scopeUser or c.enterprise_id in (:scopeEnterprises))";
    static final String ENTERPRISES =
            "(:scopeAll = true or t.chief_service_officer_id = :scopeUser or e.id in (:scopeEnterprises))";

    public boolean covers(long enterpriseId, long staffUserId) {
        return all || staffUserId == userId || enterpriseIds.contains(enterpriseId);
    }
}
