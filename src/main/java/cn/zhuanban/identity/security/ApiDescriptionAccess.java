package cn.zhuanban.identity.security;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may read the API's description (springdoc's {@code /v3/api-docs} and the Swagger UI): the government staff who
 * may issue API tokens ({@link Permissions#API_TOKEN}), that is who connects another system. It lists every endpoint
 * with its fields and was open to any logged-in account, the enterprises' contacts (outside users) among them; they,
 * and the three administrators, who hold no token permission, get 403. A contact's own token still works as before.
 */
final class ApiDescriptionAccess implements AuthorizationManager<RequestAuthorizationContext> {

    static final String[] PATHS = {
        "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**"
    };

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        Authentication auth = authentication.get();
        return new AuthorizationDecision(
                auth != null && auth.getPrincipal() instanceof ZhuanbanPrincipal principal && integrates(principal));
    }

    private static boolean integrates(ZhuanbanPrincipal principal) {
        CurrentUser user = principal.currentUser();
        return user.can(Permissions.API_TOKEN) && user.enterpriseId() == null;
    }
}
