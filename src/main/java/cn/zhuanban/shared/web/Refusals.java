package cn.zhuanban.shared.web;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Puts a refusal of a business rule on who may do what (status 403) in the audit log, wherever the web layer meets
 * it: beside a form, on the error page, in the API. Spring Security's own refusals were logged and these were not, so
 * a department handler trying another department's item or an administrator trying another duty's account left no
 * trace. Published in a transaction of its own: the one that refused has been rolled back.
 */
@Component
public class Refusals {

    private final ApplicationEventPublisher events;
    private final TransactionTemplate ownTransaction;

    Refusals(ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.events = events;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Logs {@code e} when it refuses access; says the request and the refusal's text. */
    public void record(BusinessException e, String text) {
        if (e.errorCode().status() != HttpStatus.FORBIDDEN) {
            return;
        }
        String summary = request() + " " + text;
        ownTransaction.executeWithoutResult(status -> events.publishEvent(new AccessRefused(Actor.current(), summary)));
    }

    private static String request() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getMethod() + " " + request.getRequestURI();
        }
        return "";
    }
}
