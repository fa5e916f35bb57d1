package cn.zhuanban.talent.domain;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import java.util.Map;

/**
 * The data scope on demands as SQL over the demand alias {@code d}: an enterprise contact sees
 * only their own enterprise's demands; talent work is district-wide for every staff scope.
 */
public record TalentScope(String scope, Long enterpriseId) {

    public static final String SQL = "(:scope <> 'ENTERPRISE' or d.enterprise_id = cast(:scopeEnterprise as bigint))";

    public static TalentScope of(CurrentUser user) {
        return new TalentScope(user.dataScope().name(), user.enterpriseId());
    }

    public boolean isEnterprise() {
        return DataScope.ENTERPRISE.name().equals(scope);
    }

    public Map<String, Object> params() {
        java.util.HashMap<String, Object> params = new java.util.HashMap<>();
        params.put("scope", scope);
        params.put("scopeEnterprise", enterpriseId);
        return params;
    }
}
