package cn.zhuanban.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a page request without a login back to the login page, saying so when the session timed out. An htmx request
 * gets 401 with {@code HX-Redirect}, so that the browser goes to the login page as a whole: following the redirect
 * itself, htmx put the login form inside the plan table or the ticket list where the user had clicked.
 */
final class SessionTimeout implements AuthenticationEntryPoint {

    static final String LOGIN_AFTER_TIMEOUT = "/login?timeout";

    private final LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if (isHtmx(request)) {
            toLogin(request, response);
        } else if (timedOut(request)) {
            response.sendRedirect(request.getContextPath() + LOGIN_AFTER_TIMEOUT);
        } else {
            login.commence(request, response, e);
        }
    }

    /**
     * A request that still carries the id of a session which no longer exists, as {@link Marker} saw it on arrival
     * (by the time the entry point runs, saving the request for after the login has started a new session).
     */
    static boolean timedOut(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(Marker.TIMED_OUT));
    }

    /** Notes on arrival whether the request's session had timed out. First in the pages' security chain. */
    static final class Marker extends OncePerRequestFilter {

        static final String TIMED_OUT = SessionTimeout.class.getName() + ".timedOut";

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
                request.setAttribute(TIMED_OUT, Boolean.TRUE);
            }
            chain.doFilter(request, response);
        }
    }

    static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    /** To the login page after a timeout: the whole page for htmx, a redirect otherwise. */
    static void toLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = request.getContextPath() + LOGIN_AFTER_TIMEOUT;
        if (isHtmx(request)) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("HX-Redirect", target);
        } else {
            response.sendRedirect(target);
        }
    }
}
