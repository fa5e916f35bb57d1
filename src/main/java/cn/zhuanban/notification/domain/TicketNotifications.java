package cn.zhuanban.notification.domain;

import static cn.zhuanban.notification.domain.TicketAudiences.of;
import static cn.zhuanban.notification.domain.TicketAudiences.union;

import cn.zhuanban.notification.NotificationManagement;
import cn.zhuanban.ticket.TicketCardRaised;
import cn.zhuanban.ticket.TicketEscalated;
import cn.zhuanban.ticket.TicketStepRecorded;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Who is told what about tickets (issue 4): assignment → the department's handlers; yellow card →
 * handlers; red card → handlers, department head and lead official; reminder → handlers;
 * supervision → head and lead official; escalation to the lead official → the lead official; to the
 * weekly meeting → the district leaders; review passed → the reporter, asked to rate.
 *
 * <p>The listeners run from the event publication registry, so a notice whose ticket transaction
 * committed is delivered even if the app dies first (republished at restart). Their ids are fixed
 * because the registry stores them: renaming a class must not orphan stored publications. Keys per
 * ticket step, card and escalation level make a re-delivered event change nothing.
 */
@Component
class TicketNotifications {

    static final String STEP_LISTENER = "notification.ticket-step";
    static final String CARD_LISTENER = "notification.ticket-card";
    static final String ESCALATION_LISTENER = "notification.ticket-escalation";

    private static final Logger log = LoggerFactory.getLogger(TicketNotifications.class);

    private final TicketAudiences audiences;
    private final NotificationManagement notifications;

    TicketNotifications(TicketAudiences audiences, NotificationManagement notifications) {
        this.audiences = audiences;
        this.notifications = notifications;
    }

    @ApplicationModuleListener(id = STEP_LISTENER)
    void on(TicketStepRecorded step) {
        Set<Long> recipients = switch (step.action()) {
            case "ticket.assigned", "ticket.reassigned" -> audiences.handlers(step.departmentId());
            case "ticket.review-passed" -> of(step.reporterId());
            default -> Set.of();
        };
        tell(
                recipients,
                "notification." + step.action(),
                step.ticketId(),
                step.title(),
                "ticket:" + step.ticketId() + ":step:" + step.step());
    }

    @ApplicationModuleListener(id = CARD_LISTENER)
    void on(TicketCardRaised raised) {
        Set<Long> recipients = switch (raised.card()) {
            case YELLOW -> audiences.handlers(raised.departmentId());
            case RED ->
                union(
                        audiences.handlers(raised.departmentId()),
                        audiences.head(raised.departmentId()),
                        of(raised.leadOfficialId()));
            case NONE -> Set.of();
        };
        tell(
                recipients,
                "notification.ticket.card-" + lower(raised.card().name()),
                raised.ticketId(),
                raised.title(),
                "ticket:" + raised.ticketId() + ":card:" + raised.card());
    }

    @ApplicationModuleListener(id = ESCALATION_LISTENER)
    void on(TicketEscalated escalated) {
        Set<Long> recipients = switch (escalated.level()) {
            case REMINDER -> audiences.handlers(escalated.departmentId());
            case SUPERVISION -> union(audiences.head(escalated.departmentId()), of(escalated.leadOfficialId()));
            case LEAD_OFFICIAL -> of(escalated.leadOfficialId());
            case MEETING -> audiences.districtLeaders();
            case NONE -> Set.of();
        };
        tell(
                recipients,
                "notification.ticket.escalated-" + lower(escalated.level().name()),
                escalated.ticketId(),
                escalated.title(),
                "ticket:" + escalated.ticketId() + ":escalation:" + escalated.level());
    }

    private void tell(Set<Long> recipients, String messageKey, long ticketId, String title, String key) {
        if (recipients.isEmpty()) {
            return;
        }
        int written = notifications.notify(
                recipients, messageKey, List.of(title == null ? "" : title), "/tickets/" + ticketId, key);
        log.info(
                "Notice {} ({}) for ticket {}: {} recipients, {} new inbox items",
                key,
                messageKey,
                ticketId,
                recipients.size(),
                written);
    }

    private static String lower(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
