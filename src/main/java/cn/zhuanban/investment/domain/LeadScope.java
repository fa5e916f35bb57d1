package cn.zhuanban.investment.domain;

import cn.zhuanban.identity.CurrentUser;
import java.util.HashMap;
import java.util.Map;

/**
 * The data scope on leads as SQL over the lead alias {@code l}. Leads are staff work: an
 * enterprise contact sees none; a department sees its department's leads, everyone their own.
 */
public record LeadScope(String scope, long userId, Long departmentId) {

    public static final String SQL = """
            (:scope <> 'ENTERPRISE' and (:scope = 'ALL' or l.owner_id = :scopeUser
             or (:scope = 'DEPARTMENT' and l.department_id = cast(:scopeDepartment as bigint))))""";

    public static LeadScope of(CurrentUser user) {
        return new LeadScope(user.dataScope().name(), user.id(), user.departmentId());
    }

    public Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        params.put("scope", scope);
        params.put("scopeUser", userId);
        params.put("scopeDepartment", departmentId);
        return params;
    }
}
