package cn.zhuanban.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;

/**
 * What Tomcat answers itself, for a request it refuses before the application sees it: an address or headers longer
 * than it reads (about 8 KB, e.g. a search for a pasted text), a request line it cannot parse. Its own answer was the
 * English, unstyled "HTTP Status 400 – Bad Request" page, to the API too. Such a request never reaches a servlet, so
 * neither our error pages nor the error controller can answer; this valve answers in the application's words instead:
 * an RFC 9457 problem with a stable {@code code} for the API (or a client asking for JSON), else a small page with a
 * way back to the workbench. Errors the application answered itself pass untouched, as with Tomcat's valve.
 */
final class ContainerErrorValve extends ErrorReportValve {

    private static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    ContainerErrorValve(MessageSource messages) {
        this.messages = messages;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String code = known == null ? "other" : ProblemErrorController.codeOf(known);
        Locale locale = locale(request);
        String title = messages.getMessage("error.title." + status, null, text("error.http.other", locale), locale);
        String detail = messages.getMessage(
                status == 400 ? "error.http.refused-by-server" : "error.http." + code,
                null,
                text("error.http.other", locale),
                locale);
        try {
            Writer writer;
            if (wantsProblem(request)) {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                writer = response.getReporter();
                if (writer != null) {
                    writer.write(
                            "{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"%s,\"code\":\"%s\"}"
                                    .formatted(json(title), status, json(detail), instance(request), code));
                }
            } else {
                response.setContentType("text/html");
                response.setCharacterEncoding("UTF-8");
                writer = response.getReporter();
                if (writer != null) {
                    writer.write(page(request, locale, title, detail));
                }
            }
            if (writer != null) {
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was taken meanwhile: nothing more to tell
        }
    }

    /** The API's callers, and any client that asks for JSON only, get a problem as from the rest of the API. */
    private static boolean wantsProblem(Request request) {
        String uri = request.getDecodedRequestURI();
        String accept = request.getHeader("Accept");
        return (uri != null && uri.startsWith(request.getContextPath() + "/api/"))
                || (accept != null && accept.contains("json") && !accept.contains("html"));
    }

    private String page(Request request, Locale locale, String title, String detail) {
        String home = HtmlUtils.htmlEscape(request.getContextPath() + "/");
        return """
                <!DOCTYPE html><html lang="%s"><head><meta charset="utf-8">\
                <meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title></head>\
                <body style="font-family:sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#182433">\
                <h1 style="font-size:1.25rem">%s</h1><p>%s</p><p><a href="%s">%s</a></p></body></html>""".formatted(
                        locale.toLanguageTag(),
                        HtmlUtils.htmlEscape(title),
                        HtmlUtils.htmlEscape(title),
                        HtmlUtils.htmlEscape(detail),
                        home,
                        HtmlUtils.htmlEscape(text("nav.workbench", locale)));
    }

    /**
     * The language the browser asks for when Tomcat read the headers at all; the session's choice is out of reach here
     * (the request never got to the session), and the district's language is the default.
     */
    private static Locale locale(Request request) {
        return request.getHeader("Accept-Language") != null
                        && request.getLocale().getLanguage().equals("en")
                ? Locale.ENGLISH
                : DEFAULT;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /**
     * The address refused, as the error controller's and the filters' problems name it ({@code instance}: the path as
     * sent, without the query), when Tomcat read one: a request line it could not parse has none to name.
     */
    private static String instance(Request request) {
        String uri = request.getRequestURI();
        return uri == null || !uri.startsWith("/") ? "" : ",\"instance\":\"" + json(uri) + "\"";
    }

    /** Quotes, backslashes and control characters escaped: the path is as the client sent it, not our own text. */
    private static String json(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
