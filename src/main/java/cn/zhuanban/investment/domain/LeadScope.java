package cn.zhuanban.investment.domain;

import cn.zhuanban.identity.CurrentUser;
import java.util.HashMap;
import java.util.Map;

/**
 * The data scope on leads as SQL over the lead alias {@code l}. Leads are staff work: an
 * enterprise contact sees none; a department sees its department's leads, everyone their own:
 * those they are responsible for and those they registered. A lead official who registers a lead
 * and hands it to the dispatch office keeps it in sight, as a ticket's reporter does; the lead's
 * LEAD move records who registered it (one per lead, by login name, which never changes). That
 * sight is read-only: changing a lead, and counting it among one's to-dos, takes the scope
 * {@link #toChange} without the registrar, or the registrar would keep working a lead someone
 * else now answers for.
 */
public record LeadScope(String scope, long userId, String username, Long departmentId, boolean registrarSees) {

    public static final String SQL = """
            (:scope <> 'ENTERPRISE' and (:scope = 'ALL' or l.owner_id = :scopeUser
             or (:scope = 'DEPARTMENT' and l.department_id = cast(:scopeDepartment as bigint))
             or (cast(:scopeRegistrar as boolean) and exists (select 1 from lead_stage_move lr
                        where lr.investment_lead = l.id
                        and lr.stage = 'LEAD' and lr.moved_by = :scopeUsername))))""";

    /** The leads the user may read: their scope's and those they registered. */
    public static LeadScope of(CurrentUser user) {
        return new LeadScope(user.dataScope().name(), user.id(), user.username(), user.departmentId(), true);
    }

    /** The leads the user may change and works on: their scope's, not those they merely registered. */
    public static LeadScope toChange(CurrentUser user) {
        return new LeadScope(user.dataScope().name(), user.id(), user.username(), user.departmentId(), false);
    }

    public Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        params.put("scope", scope);
        params.put("scopeUser", userId);
        params.put("scopeUsername", username);
        params.put("scopeDepartment", departmentId);
        params.put("scopeRegistrar", registrarSees);
        return params;
    }
}
