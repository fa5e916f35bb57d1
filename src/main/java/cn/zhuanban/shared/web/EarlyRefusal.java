package cn.zhuanban.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;

/**
 * A refusal written by a filter, before Spring MVC (and its error pages) has the request: a problem for the API
 * ({@code code}, and the {@code field} when one is named, as {@link ApiExceptionHandler} writes them), a small page in
 * the user's language with a way back for everything else.
 */
final class EarlyRefusal {

    private EarlyRefusal() {}

    static void write(
            HttpServletRequest request,
            HttpServletResponse response,
            MessageSource messages,
            Locale locale,
            int status,
            String code,
            String field,
            String text)
            throws IOException {
        String title = messages.getMessage("error.title." + status, null, locale);
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            String detail = field == null ? text : field + ": " + text;
            String named =
                    field == null ? "" : ",\"field\":\"" + json(field) + "\",\"fields\":[\"" + json(field) + "\"]";
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"status\":" + status + ",\"code\":\"" + code
                            + "\",\"title\":\"" + json(title) + "\",\"detail\":\"" + json(detail)
                            + "\",\"instance\":\"" + json(request.getRequestURI()) + "\"" + named + "}");
            return;
        }
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"utf-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                        + "<title>" + HtmlUtils.htmlEscape(title) + "</title>"
                        + "<link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/css/app.css\"></head>"
                        + "<body><main style=\"max-width:40rem;margin:3rem auto;padding:0 1rem\">"
                        + "<h2>" + HtmlUtils.htmlEscape(title) + "</h2><p role=\"alert\">" + HtmlUtils.htmlEscape(text)
                        + "</p><p><a href=\"" + HtmlUtils.htmlEscape(back(request)) + "\">"
                        + HtmlUtils.htmlEscape(messages.getMessage("action.back", null, locale)) + "</a></p>"
                        + "</main></body></html>");
    }

    /** The page the request came from when it is one of ours, else the start page. */
    private static String back(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        String origin = request.getScheme() + "://" + request.getHeader("Host") + request.getContextPath() + "/";
        return referer != null && referer.startsWith(origin) ? referer : request.getContextPath() + "/";
    }

    /**
     * Quotes and backslashes escaped; the texts are our own messages, field names and the request's path (which the
     * container keeps free of control characters).
     */
    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
