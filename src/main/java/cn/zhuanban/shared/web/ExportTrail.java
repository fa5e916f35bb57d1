package cn.zhuanban.shared.web;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.LedgerExported;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
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
                new LedgerExported(Actor.current(), ledger(request), summary(request.getParameterMap(), rows(request)));
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

    private static Integer rows(HttpServletRequest request) {
        return request.getAttribute(ROWS) instanceof Integer rows ? rows : null;
    }

    /** The filters as sent, free text only by its length; then the rows, when the file was a sheet. */
    static String summary(Map<String, String[]> parameters, Integer rows) {
        StringJoiner parts = new StringJoiner(", ");
        new TreeMap<>(parameters).forEach((name, values) -> {
            if (!name.startsWith("_")) {
                parts.add(name + ": " + (freeText(name) ? length(values) : String.join("|", values)));
            }
        });
        String summary =
                (parts.length() == 0 ? "filters: none" : parts.toString()) + (rows == null ? "" : "; rows: " + rows);
        return summary.length() <= SUMMARY_MAX ? summary : summary.substring(0, SUMMARY_MAX);
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
