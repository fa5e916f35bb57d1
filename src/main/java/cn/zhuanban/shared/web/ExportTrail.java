package cn.zhuanban.shared.web;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.LedgerExported;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Records every {@link AuditedExport} download in the audit log once it was sent. The record goes through the event
 * publication registry in a transaction of its own, so the audit module keeps it even if this node dies right after.
 * Files are streamed as they are written, so the count of rows is only known at the end: that is why the record
 * follows the download instead of preceding it.
 */
@Component
class ExportTrail implements HandlerInterceptor {

    /** Set by {@link Downloads#xlsx} for the trail. */
    static final String ROWS = ExportTrail.class.getName() + ".rows";

    /** Set by {@link Downloads#impliedFilter}: a filter the file applies without the request naming it. */
    static final String IMPLIED = ExportTrail.class.getName() + ".implied";

    private static final Logger log = LoggerFactory.getLogger(ExportTrail.class);
    private static final int ENTITY_ID_MAX = 50;
    private static final int SUMMARY_MAX = 1000;

    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    ExportTrail(ApplicationEventPublisher events, PlatformTransactionManager transactionManager) {
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The parameter app.js adds to an export link: the name of this click's "file is ready" cookie. */
    static final String TOKEN = "_download";

    static final String READY_COOKIE = "zb-download";

    private static final Pattern TOKENS = Pattern.compile("[A-Za-z0-9]{1,32}");

    /**
     * A province's ledger takes seconds to write and the browser shows nothing until the file arrives: the page says
     * the file is being prepared until this cookie, readable by its script and gone after a minute, comes with the
     * response's headers (see {@code app.js}). Set for every audited download, whatever writes it (a workbook, a
     * Project XML file, an error page), so the page never waits in vain.
     */
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String token = request.getParameter(TOKEN);
        if (token != null
                && TOKENS.matcher(token).matches()
                && handler instanceof HandlerMethod method
                && method.hasMethodAnnotation(AuditedExport.class)) {
            Cookie ready = new Cookie(READY_COOKIE, token);
            ready.setPath("/");
            ready.setMaxAge(60);
            ready.setAttribute("SameSite", "Strict");
            response.addCookie(ready);
        }
        return true;
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (ex != null
                || response.getStatus() >= 400
                || !(handler instanceof HandlerMethod method)
                || !method.hasMethodAnnotation(AuditedExport.class)) {
            return;
        }
        LedgerExported exported =
                new LedgerExported(Actor.current(), ledger(request), summary(parameters(request), rows(request)));
        try {
            transactions.executeWithoutResult(status -> events.publishEvent(exported));
        } catch (RuntimeException e) {
            log.error("Export by {} of {} not recorded in the audit log", exported.actor(), exported.entityId(), e);
        }
    }

    private static String ledger(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.length() <= ENTITY_ID_MAX ? path : path.substring(path.length() - ENTITY_ID_MAX);
    }

    /** The parameters as sent, with the filters the file applied without being asked ({@link #IMPLIED}). */
    @SuppressWarnings("unchecked")
    private static Map<String, String[]> parameters(HttpServletRequest request) {
        if (!(request.getAttribute(IMPLIED) instanceof Map<?, ?> implied)) {
            return request.getParameterMap();
        }
        Map<String, String[]> all = new TreeMap<>(request.getParameterMap());
        ((Map<String, String>) implied).forEach((name, value) -> all.putIfAbsent(name, new String[] {value}));
        return all;
    }

    private static Integer rows(HttpServletRequest request) {
        return request.getAttribute(ROWS) instanceof Integer rows ? rows : null;
    }

    /**
     * The filters as sent, free text only by its length; then the rows, when the file was a sheet. A filter left empty
     * (the list's 全部) filters nothing and is left out, and so are the paging parameters.
     */
    static String summary(Map<String, String[]> parameters, Integer rows) {
        StringJoiner parts = new StringJoiner(", ");
        new TreeMap<>(parameters).forEach((name, values) -> {
            if (!name.startsWith("_") && !Paging.placesList(name) && !empty(values)) {
                parts.add(name + ": " + (freeText(name) ? length(values) : String.join("|", values)));
            }
        });
        String summary =
                (parts.length() == 0 ? "filters: none" : parts.toString()) + (rows == null ? "" : "; rows: " + rows);
        return summary.length() <= SUMMARY_MAX ? summary : summary.substring(0, SUMMARY_MAX);
    }

    private static boolean empty(String[] values) {
        for (String value : values) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean freeText(String name) {
        return name.equals("q") || name.endsWith("Q") || name.equalsIgnoreCase("keyword");
    }

    private static String length(String[] values) {
        int characters = 0;
        for (String value : values) {
            characters += value.strip().length();
        }
        return characters + " characters";
    }
}
