package cn.zhuanban.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

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
        EarlyRefusal.write(
                request,
                response,
                messages,
                locale,
                HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                "upload-too-large",
                null,
                messages.getMessage("error.upload-too-large", null, locale));
    }
}
