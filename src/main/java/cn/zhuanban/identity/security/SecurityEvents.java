package cn.zhuanban.identity.security;

import cn.zhuanban.identity.SecurityEventRecorded;
import cn.zhuanban.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes security events inside a transaction of their own: the event publication registry
 * only records events published in a transaction, and logins and refusals happen outside one.
 */
@Component
class SecurityEvents {

    private final ApplicationEventPublisher events;

    SecurityEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Transactional
    public void record(String username, String action, String summary) {
        events.publishEvent(new SecurityEventRecorded(Actor.of(username), action, username, summary));
    }

    /** An administrator's act on another user's account or session: the actor is the one logged in. */
    @Transactional
    public void recordOn(String subject, String action, String summary) {
        events.publishEvent(new SecurityEventRecorded(Actor.current(), action, subject, summary));
    }
}
