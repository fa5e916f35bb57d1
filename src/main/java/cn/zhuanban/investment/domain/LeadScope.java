package cn.zhuanban.investment.domain;

import cn.zhuanban.identity.CurrentUser;
import java.util.HashMap;
import java.util.Map;

/**
 * The data scope on leads as SQL over the lead alias {@code l}. Leads are staff work: an
 * enterprise contact sees none; a department sees its department's leads, everyone their own:
 * those they are responsible for and those they registered. A lead official who registers a lead
 * and hands it to the dispatch office keeps it in sight, as a ticket's reporter does; the lead's
 * LEAD move records who registered it (one per lead, by login name, which never changes).
 */
public record LeadScope(String scope, long userId, String username, Long departmentId) {

    public static final String SQL = """
            (:scope <> 'ENTERPRISE' and (:scope = 'ALL' or l.owner_id = :scopeUser
             or (:scope = 'DEPARTMENT' and l.department_id = cast(:scopeDepartment as bigint))
             or exists (select 1 from lead_stage_move lr where lr.investment_lead = l.id
                        and lr.stage = 'LEAD' and lr.moved_by = :scopeUsername)))""";

    public static LeadScope of(CurrentUser user) {
        return new LeadScope(user.dataScope().name(), user.id(), user.username(), user.departmentId());
    }

    public Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        params.put("scope", scope);
        params.put("scopeUser", userId);
        params.put("scopeUsername", username);
        params.put("scopeDepartment", departmentId);
        return params;
    }
}
