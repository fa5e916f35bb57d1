package cn.zhuanban.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;

/**
 * The container's error dispatch for a client that does not ask for a page (a script, {@code curl}): a request no
 * controller took (an unknown address, a GET where only POST is mapped) answered Spring's English
 * {@code {"timestamp":…,"error":"Method Not Allowed"}}. It now answers an RFC 9457 problem in the user's language with a
 * stable {@code code} derived from the status ({@code not-found}, {@code method-not-allowed}), like the API's other
 * problems. Nothing of the exception (its message, its trace) is passed on. Browsers keep the error pages of
 * {@code templates/error}, which {@link BasicErrorController} resolves as before.
 */
@Controller
class ProblemErrorController extends BasicErrorController {

    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

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
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        return ResponseEntity.status(status).contentType(PROBLEM).body(problem(status, request));
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
