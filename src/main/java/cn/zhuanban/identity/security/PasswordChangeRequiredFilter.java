package cn.zhuanban.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until a user has replaced the password an administrator gave them, the password page is the
 * only page they can reach (MLPS: first login forces a change).
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    private final ProblemResponses problems;

    PasswordChangeRequiredFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    static final String PASSWORD_PAGE = "/account/password";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null
                && auth.getPrincipal() instanceof ZhuanbanPrincipal principal
                && principal.passwordChangeRequired()
                // The second factor comes first: the password page is for a user who is fully logged in.
                && SecondFactorLogin.pending(request) == null
                && !allowed(request.getRequestURI()
                        .substring(request.getContextPath().length()))) {
            if (ProblemResponses.isApi(request)) {
                problems.owed(request, response, "password-change-required");
            } else {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(String path) {
        return path.equals(PASSWORD_PAGE)
                // The language menu is on the password page too.
                || path.equals("/account/locale")
                || path.equals("/logout")
                || path.startsWith("/webjars/")
                || path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/img/")
                || path.startsWith("/error");
    }
}
