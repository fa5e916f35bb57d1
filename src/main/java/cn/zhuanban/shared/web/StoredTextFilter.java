package cn.zhuanban.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Refuses a request whose query or form fields (multipart ones too) hold a character no column can keep
 * ({@link StoredText}), naming the field: 400 with a problem for the API, a page for the rest. A NUL in a search box
 * or a form field gave a 500 on PostgreSQL once the value reached the database. JSON bodies are checked as they are
 * read ({@link StoredTextDeserializer}).
 *
 * <p>The login form is the exception: its refusal must be a failed login recorded in the audit log, as for any other
 * name nobody has. A NUL there is replaced by U+FFFD, which no user name holds, so the attempt fails as an unknown
 * name and the audit record shows what was typed; refused here, it would leave no record.
 */
class StoredTextFilter extends OncePerRequestFilter {

    private final MessageSource messages;
    private final LocaleResolver locales;

    StoredTextFilter(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String field = refusedField(request.getParameterMap());
        if (field == null) {
            chain.doFilter(request, response);
        } else if (isLogin(request)) {
            chain.doFilter(new Replaced(request), response);
        } else {
            Locale locale = locales.resolveLocale(request);
            EarlyRefusal.write(
                    request,
                    response,
                    messages,
                    locale,
                    HttpServletResponse.SC_BAD_REQUEST,
                    "validation",
                    field,
                    messages.getMessage(StoredText.MESSAGE, null, locale));
        }
    }

    private static String refusedField(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (StoredText.refused(parameter.getKey())) {
                return parameter.getKey().replace('\0', (char) 0xFFFD);
            }
            for (String value : parameter.getValue()) {
                if (StoredText.refused(value)) {
                    return parameter.getKey();
                }
            }
        }
        return null;
    }

    private static boolean isLogin(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI());
    }

    /** The login form's fields with U+FFFD for each character no column can keep. */
    private static final class Replaced extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters = new LinkedHashMap<>();

        Replaced(HttpServletRequest request) {
            super(request);
            request.getParameterMap()
                    .forEach((name, values) -> parameters.put(
                            replaced(name),
                            Arrays.stream(values).map(Replaced::replaced).toArray(String[]::new)));
        }

        private static String replaced(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints()
                    .forEach(c -> out.appendCodePoint(
                            c == 0 || Character.isSurrogate((char) c) && Character.isBmpCodePoint(c) ? 0xFFFD : c));
            return out.toString();
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }
    }
}
