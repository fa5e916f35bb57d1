package cn.zhuanban.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.ModelAndView;

/**
 * The container's error dispatch for a client that does not ask for a page (a script, {@code curl}): a request no
 * controller took (an unknown address, a GET where only POST is mapped) answered Spring's English
 * {@code {"timestamp":…,"error":"Method Not Allowed"}}. It now answers an RFC 9457 problem in the user's language with a
 * stable {@code code} derived from the status ({@code not-found}, {@code method-not-allowed}), like the API's other
 * problems. Nothing of the exception (its message, its trace) is passed on. Browsers keep the error pages of
 * {@code templates/error}, which {@link BasicErrorController} resolves as before.
 *
 * <p>A form posted without a valid CSRF token (the user signed in again in another tab, which gives the session a new
 * token) was told "您没有执行此操作的权限", and users went looking for a role they had. It is told that the page
 * expired and to reload it, on the page and in the problem an htmx request gets; header {@value #REFUSED_HEADER}
 * {@code csrf} lets app.js show that instead of its general failure line.
 */
@Controller
class ProblemErrorController extends BasicErrorController {

    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    static final String REFUSED_HEADER = "X-Refused";

    private static final String PAGE_EXPIRED = "error.page-expired";

    private final MessageSource messages;

    ProblemErrorController(
            ErrorAttributes attributes,
            WebProperties web,
            ObjectProvider<ErrorViewResolver> resolvers,
            MessageSource messages) {
        super(attributes, web.getError(), resolvers.orderedStream().toList());
        this.messages = messages;
    }

    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (readOfPostOnlyAddress(request)) {
            // a browser opening an address only forms post to (/talent/candidates/1, a link copied from the address
            // bar after a post) was told 请求有误 (405): there is no page there, so it is the page of one not found
            response.setStatus(HttpStatus.NOT_FOUND.value());
            response.setHeader(HttpHeaders.ALLOW, null);
            return new ModelAndView("error/404", new LinkedHashMap<>(), HttpStatus.NOT_FOUND);
        }
        if (!staleToken(request)) {
            return super.errorHtml(request, response);
        }
        response.setHeader(REFUSED_HEADER, "csrf");
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("errorKey", PAGE_EXPIRED);
        model.put("errorArgs", new Object[0]);
        return new ModelAndView("error/refused", model, HttpStatus.FORBIDDEN);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        Map<String, Object> problem = problem(status, request);
        if (staleToken(request)) {
            problem.put("detail", messages.getMessage(PAGE_EXPIRED, null, LocaleContextHolder.getLocale()));
            problem.put("code", "csrf");
            return ResponseEntity.status(status)
                    .contentType(PROBLEM)
                    .header(REFUSED_HEADER, "csrf")
                    .body(problem);
        }
        return ResponseEntity.status(status).contentType(PROBLEM).body(problem);
    }

    /**
     * A page read (GET or HEAD, a browser's, which asks for HTML: this method's mapping) of an address that only POST
     * handlers take. A script's GET keeps the 405 problem ({@link #error}), whose code clients may rely on.
     */
    private boolean readOfPostOnlyAddress(HttpServletRequest request) {
        return getStatus(request) == HttpStatus.METHOD_NOT_ALLOWED
                && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
    }

    /** A page's post refused for its missing or outdated CSRF token (ProblemResponses passes the refusal on). */
    private static boolean staleToken(HttpServletRequest request) {
        return request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException;
    }

    /** The problem of a status, in the language the request resolved (the session's choice, else Accept-Language). */
    Map<String, Object> problem(HttpStatus status, HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        String code = codeOf(status);
        String fallback = messages.getMessage("error.http.other", null, locale);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", messages.getMessage("error.title." + status.value(), null, fallback, locale));
        problem.put("status", status.value());
        problem.put("detail", messages.getMessage("error.http." + code, null, fallback, locale));
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path instanceof String uri) {
            problem.put("instance", uri);
        }
        problem.put("code", code);
        return problem;
    }

    /** A stable code from the status's standard name: {@code METHOD_NOT_ALLOWED} is {@code method-not-allowed}. */
    static String codeOf(HttpStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
