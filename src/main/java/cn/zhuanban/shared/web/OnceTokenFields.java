package cn.zhuanban.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Gives every form that posts a hidden one-time token ({@value #FIELD}) beside Spring Security's CSRF token: Thymeleaf
 * asks the {@code requestDataValueProcessor} for each {@code th:action} form's hidden fields, and this one wraps
 * Security's, so no template names the field. {@link OnceOnlyForms} lets the first post of a token run and sends every
 * later one to where the first led. A form that gets or names no method stays as it was, and so do the login and logout
 * forms, which Spring Security answers before any controller, and the header's language switch on every page (posting
 * it twice changes nothing, and a page of filters would otherwise carry a token).
 */
final class OnceTokenFields implements RequestDataValueProcessor {

    static final String FIELD = "_once";

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    private static final Pattern WITHOUT_TOKEN = Pattern.compile("[^?#]*/(login|logout|account/locale)([/?#].*)?");
    private static final String POSTS = OnceTokenFields.class.getName() + ".POSTS";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RequestDataValueProcessor security;

    OnceTokenFields(RequestDataValueProcessor security) {
        this.security = security;
    }

    /** The request's token when it carries a well-formed one; none otherwise. */
    static @Nullable String of(HttpServletRequest request) {
        String token = request.getParameter(FIELD);
        return token != null && TOKEN.matcher(token).matches() ? token : null;
    }

    @Override
    public String processAction(HttpServletRequest request, String action, @Nullable String method) {
        if ("post".equalsIgnoreCase(method) && !WITHOUT_TOKEN.matcher(action).matches()) {
            request.setAttribute(POSTS, Boolean.TRUE);
        } else {
            request.removeAttribute(POSTS);
        }
        return security.processAction(request, action, method);
    }

    @Override
    public String processFormFieldValue(HttpServletRequest request, @Nullable String name, String value, String type) {
        return security.processFormFieldValue(request, name, value, type);
    }

    @Override
    public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
        boolean posts = Boolean.TRUE.equals(request.getAttribute(POSTS));
        request.removeAttribute(POSTS);
        Map<String, String> fields = security.getExtraHiddenFields(request);
        if (!posts) {
            return fields;
        }
        Map<String, String> withToken = new LinkedHashMap<>();
        if (fields != null) {
            withToken.putAll(fields);
        }
        withToken.put(FIELD, newToken());
        return withToken;
    }

    @Override
    public String processUrl(HttpServletRequest request, String url) {
        return security.processUrl(request, url);
    }

    private static String newToken() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
