package cn.zhuanban.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a logged-in session's roles, permissions and data scope in step with the database: when
 * the security administrator changes a user's roles or a role's permissions, open sessions pick
 * the change up within the refresh interval instead of at the next login; a disabled or deleted
 * account loses its session. The check is one primary-key read per session per interval.
 */
class AuthorityRefreshFilter extends OncePerRequestFilter {

    static final String CHECKED_AT = AuthorityRefreshFilter.class.getName() + ".checkedAt";

    private final ZhuanbanUserDetailsService users;
    private final SessionRefresh refresh;
    private final Duration interval;
    private final Clock clock;

    AuthorityRefreshFilter(ZhuanbanUserDetailsService users, SessionRefresh refresh, Duration interval, Clock clock) {
        this.users = users;
        this.refresh = refresh;
        this.interval = interval;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null
                && auth != null
                && auth.getPrincipal() instanceof ZhuanbanPrincipal principal
                && due(session)) {
            session.setAttribute(CHECKED_AT, clock.instant());
            if (!refreshed(principal, request, response)) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + "/login?expired");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean due(HttpSession session) {
        return !(session.getAttribute(CHECKED_AT) instanceof Instant checked)
                || !clock.instant().isBefore(checked.plus(interval));
    }

    /** False when the account may no longer be used; otherwise replaces a principal that changed. */
    private boolean refreshed(ZhuanbanPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        ZhuanbanPrincipal current;
        try {
            current = users.loadById(principal.currentUser().id());
        } catch (UsernameNotFoundException gone) {
            return false;
        }
        if (!current.isEnabled()) {
            return false;
        }
        if (!current.currentUser().equals(principal.currentUser())
                || current.passwordChangeRequired() != principal.passwordChangeRequired()) {
            refresh.reload(principal.currentUser().id(), request, response);
        }
        return true;
    }
}
