package cn.zhuanban.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls that carry {@code Authorization: Bearer <token>}. The token acts with
 * its user's current permissions and data scope; a bad, expired or revoked token is a 401, never
 * a fall-back to the session.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String AUTHORIZATION = "Authorization";

    /** The language saved on the token's account, for {@link LocaleConfiguration} (null when none is saved). */
    static final String ACCOUNT_LOCALE = BearerTokenFilter.class.getName() + ".accountLocale";

    private final ApiTokens tokens;
    private final ZhuanbanUserDetailsService users;
    private final AuthenticationEntryPoint entryPoint;

    BearerTokenFilter(ApiTokens tokens, ZhuanbanUserDetailsService users, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.users = users;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ZhuanbanPrincipal> principal = tokens.authenticate(
                        header.substring(7).trim())
                .map(users::loadById)
                .filter(this::usable);
        if (principal.isEmpty()) {
            entryPoint.commence(request, response, new BadCredentialsException("bad token"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal.get(), null, principal.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.setAttribute(ApiTokens.AUTHENTICATED_BY_TOKEN, Boolean.TRUE);
        request.setAttribute(ACCOUNT_LOCALE, principal.get().locale());
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * Whether the request carries a token, which this filter either authenticates or answers with 401: such a request
     * never falls back to the session, so it needs no CSRF token. Any other Authorization header ({@code Basic …}, a
     * bare {@code Bearer}) does not spare a request that the session cookie authenticates from the CSRF check.
     */
    static boolean carriesToken(HttpServletRequest request) {
        String header = request.getHeader(AUTHORIZATION);
        return header != null
                && header.regionMatches(true, 0, "Bearer ", 0, 7)
                && !header.substring(7).isBlank();
    }

    private boolean usable(ZhuanbanPrincipal principal) {
        return principal.isEnabled() && principal.isAccountNonLocked();
    }
}
