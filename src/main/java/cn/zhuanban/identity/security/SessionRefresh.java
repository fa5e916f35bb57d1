package cn.zhuanban.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Replaces the session's principal with a freshly loaded one after the user changed something
 * the principal carries (the first-login password obligation).
 */
@Component
public class SessionRefresh {

    private final ZhuanbanUserDetailsService users;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SessionRefresh(ZhuanbanUserDetailsService users) {
        this.users = users;
    }

    public void reload(long userId, HttpServletRequest request, HttpServletResponse response) {
        ZhuanbanPrincipal principal = users.loadById(userId);
        principal.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
    }
}
