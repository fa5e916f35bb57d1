package cn.zhuanban.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 of the API as problem details with a stable code, and the refusal of a page as the
 * 403 error page. Every refusal of an authenticated user is audited.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final MessageSource messages;
    private final SecurityEvents events;
    private final LocaleResolver locales;
    private final SessionTimeout timeout;
    private final JsonMapper json;

    ProblemResponses(
            MessageSource messages,
            SecurityEvents events,
            LocaleResolver locales,
            SessionTimeout timeout,
            JsonMapper json) {
        this.messages = messages;
        this.json = json;
        this.events = events;
        this.locales = locales;
        this.timeout = timeout;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        write(request, response, 401, "unauthorized");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        boolean page = !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        boolean anonymous =
                !TRUST.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
        if (!page && e instanceof CsrfException && anonymous) {
            // A call with neither session nor token fails the CSRF check only because that check runs first: what it
            // lacks is authentication, and the contract answers that with 401, as for a GET.
            write(request, response, 401, "unauthorized");
            return;
        }
        if (page && e instanceof CsrfException && anonymous) {
            // The form's token belonged to a session that timed out (or ended): not an attack, a stale page. (The
            // CSRF check runs before the request knows its principal, so the security context is asked.)
            timeout.toLogin(request, response);
            return;
        }
        if (request.getUserPrincipal() != null) {
            events.record(
                    request.getUserPrincipal().getName(),
                    "access.refused",
                    request.getMethod() + " " + request.getRequestURI());
        }
        if (!page) {
            // A session's call without its token is told so: "no permission" sent script writers after roles.
            write(request, response, 403, e instanceof CsrfException ? "csrf" : "forbidden");
        } else {
            // The refusal travels to the error page as Spring's own handler passes it: a missing or stale token is told
            // as a page that expired, not as a lacking right (ProblemErrorController).
            request.setAttribute(WebAttributes.ACCESS_DENIED_403, e);
            response.sendError(403);
        }
    }

    /**
     * An API call the session may not make yet (the second factor or a new password still owed): a problem with
     * {@code code}, where a page would be sent to that step's page. A script cannot follow a redirect to a form.
     */
    void owed(HttpServletRequest request, HttpServletResponse response, String code) throws IOException {
        write(request, response, 403, code);
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /**
     * The problem in the shape of every other API error ({@code type}, {@code title}, {@code status}, {@code detail},
     * {@code instance}, {@code code}): a client reads a refusal of the security layer as it reads a controller's.
     */
    private void write(HttpServletRequest request, HttpServletResponse response, int status, String code)
            throws IOException {
        // Outside the DispatcherServlet the locale context knows only Accept-Language; the resolver also
        // knows the language the user chose for the session, and a token's account language, as the pages and other
        // API errors use them.
        Locale locale = locales.resolveLocale(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", messages.getMessage("error.title." + status, null, "", locale));
        problem.put("status", status);
        problem.put("detail", messages.getMessage("error." + code, null, "", locale));
        problem.put("instance", request.getRequestURI());
        problem.put("code", code);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
