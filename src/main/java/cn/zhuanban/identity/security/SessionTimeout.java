package cn.zhuanban.identity.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Component;

/**
 * Sends a page request without a login back to the login page, saying so when the session timed out. An htmx request
 * gets 401 with {@code HX-Redirect}, so that the browser goes to the login page as a whole: following the redirect
 * itself, htmx put the login form inside the plan table or the ticket list where the user had clicked.
 */
@Component
class SessionTimeout implements AuthenticationEntryPoint {

    static final String LOGIN_AFTER_TIMEOUT = "/login?timeout";

    private final LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
    private final EndedSessions ended;

    SessionTimeout(EndedSessions ended) {
        this.ended = ended;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if (isHtmx(request)) {
            toLogin(request, response);
        } else if (timedOut(request)) {
            response.sendRedirect(request.getContextPath() + loginPage(request));
        } else {
            login.commence(request, response, e);
        }
    }

    /**
     * The login page saying why the session is gone: ended by the security administrator, by a newer login of the
     * same account, or timed out.
     */
    private String loginPage(HttpServletRequest request) {
        String id = request.getRequestedSessionId();
        return id == null
                ? LOGIN_AFTER_TIMEOUT
                : ended.reasonFor(id).map(reason -> "/login?ended=" + reason).orElse(LOGIN_AFTER_TIMEOUT);
    }

    private static final String TIMED_OUT = SessionTimeout.class.getName() + ".timedOut";

    /**
     * Notes whether the request still carries the id of a session which no longer exists. Asked just before the
     * request is saved for after the login (see {@link #returnTo}): saving starts a new session, and only requests
     * that need a login get here, so no other request pays for looking the session up.
     */
    static void noteTimeout(HttpServletRequest request) {
        if (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
            request.setAttribute(TIMED_OUT, Boolean.TRUE);
        }
    }

    static boolean timedOut(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(TIMED_OUT));
    }

    /**
     * After logging in, the user returns to the page they asked for; never to an htmx fragment, which shown alone is
     * a page without its frame. Saving notes first whether the session had timed out.
     */
    static RequestCache returnTo() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache() {
            @Override
            public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
                noteTimeout(request);
                super.saveRequest(request, response);
            }
        };
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod()) && !isHtmx(request));
        return cache;
    }

    static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    /** To the login page after a timeout: the whole page for htmx, a redirect otherwise. */
    void toLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = request.getContextPath() + loginPage(request);
        if (isHtmx(request)) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("HX-Redirect", target);
        } else {
            response.sendRedirect(target);
        }
    }
}
