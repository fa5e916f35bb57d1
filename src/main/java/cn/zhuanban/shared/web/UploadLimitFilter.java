package cn.zhuanban.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * Refuses an upload over the container's size limits before anything reads its parameters. The container parses a
 * multipart body on the first parameter read, which is the CSRF check, long before a controller or
 * {@link UploadLimitAdvice}; that read failed, the error page's own parameter reads failed again, and the user got the
 * container's bare English "HTTP Status 413" page. Parsing here first turns the failure into a page (or, for the API,
 * a problem) in the user's language. Runs after the character encoding is set, so form fields still decode right.
 */
class UploadLimitFilter extends OncePerRequestFilter {

    private final MessageSource messages;
    private final LocaleResolver locales;

    UploadLimitFilter(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts(); // the servlet API's signal for a body or part over the limit: IllegalStateException
        } catch (IllegalStateException tooLarge) {
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locales.resolveLocale(request); // the language the pages use, chosen or the default
        String title = messages.getMessage("error.title.413", null, locale);
        String text = messages.getMessage("error.upload-too-large", null, locale);
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter()
                    .write("{\"status\":413,\"code\":\"UPLOAD_TOO_LARGE\",\"title\":\"" + json(title)
                            + "\",\"detail\":\"" + json(text) + "\"}");
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

    /** The page the upload came from when it is one of ours, else the start page. */
    private static String back(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        String origin = request.getScheme() + "://" + request.getHeader("Host") + request.getContextPath() + "/";
        return referer != null && referer.startsWith(origin) ? referer : request.getContextPath() + "/";
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
