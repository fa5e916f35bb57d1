package cn.zhuanban.notification.domain;

import static cn.zhuanban.notification.domain.TicketAudiences.of;
import static cn.zhuanban.notification.domain.TicketAudiences.union;

import cn.zhuanban.notification.NotificationManagement;
import cn.zhuanban.ticket.EscalationCause;
import cn.zhuanban.ticket.TicketCard;
import cn.zhuanban.ticket.TicketCardRaised;
import cn.zhuanban.ticket.TicketDeadline;
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
 * Who is told what about tickets (issue 4): each step as {@link TicketStepNotices} decides; yellow card →
 * handlers; red card → handlers, department head and lead official; reminder → handlers;
 * supervision → head and lead official; escalation to the lead official → the lead official; to the
 * weekly meeting → the district leaders. Sign and first-feedback cards go to the same people as resolve
 * cards and name their deadline.
 *
 * <p>The listeners run from the event publication registry, so a notice whose ticket transaction
 * committed is delivered even if the app dies first (handed over again by {@code EventResubmission}). Their ids are fixed
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
    private final TicketStepNotices stepNotices;
    private final NotificationManagement notifications;

    TicketNotifications(
            TicketAudiences audiences, TicketStepNotices stepNotices, NotificationManagement notifications) {
        this.audiences = audiences;
        this.stepNotices = stepNotices;
        this.notifications = notifications;
    }

    @ApplicationModuleListener(id = STEP_LISTENER)
    void on(TicketStepRecorded step) {
        for (TicketStepNotices.Notice notice : stepNotices.forStep(step)) {
            tell(notice.recipients(), notice.messageKey(), step.ticketId(), notice.args(), notice.occasion());
        }
    }

    @ApplicationModuleListener(id = CARD_LISTENER)
    void on(TicketCardRaised raised) {
        if (!raised.told()) {
            return; // recorded, but overtaken by a later step of the same run: telling it would contradict that one
        }
        Set<Long> recipients = switch (raised.card()) {
            case YELLOW -> audiences.handlers(raised.departmentId());
            case RED ->
                union(
                        audiences.handlers(raised.departmentId()),
                        audiences.head(raised.departmentId()),
                        of(raised.leadOfficialId()));
            case NONE -> Set.of();
        };
        String card = lower(raised.card().name());
        if (raised.watchedDeadline() == TicketDeadline.RESOLVE) {
            // The notice is read later than it is written: it names the deadline's date rather than a count of
            // working days that was only true on the day the card was raised. Events stored without a date keep
            // the undated key, whose text claims no count either.
            boolean dated = raised.due() != null;
            tell(
                    recipients,
                    "notification.ticket.card-" + card
                            + (dated && raised.card() == TicketCard.YELLOW ? "-resolve" : ""),
                    raised.ticketId(),
                    dated && raised.card() == TicketCard.YELLOW
                            ? List.of(text(raised.title()), String.valueOf(raised.due()))
                            : List.of(text(raised.title())),
                    // With the deadline's date, a new deadline after an extension or a reopening is
                    // carded and told again; events stored before dates were carried keep their key.
                    "ticket:" + raised.ticketId() + ":card:" + raised.card()
                            + (raised.due() == null ? "" : ":" + raised.due()));
            return;
        }
        // Sign and first-feedback cards name their deadline; the key has its date, so a deadline
        // moved by a suspension is carded again while a re-delivered event is not.
        String deadline = lower(raised.watchedDeadline().name());
        tell(
                recipients,
                "notification.ticket.card-" + card + "-" + deadline,
                raised.ticketId(),
                List.of(text(raised.title()), String.valueOf(raised.due())),
                "ticket:" + raised.ticketId() + ":card:" + raised.card() + ":" + raised.watchedDeadline() + ":"
                        + raised.due());
    }

    @ApplicationModuleListener(id = ESCALATION_LISTENER)
    void on(TicketEscalated escalated) {
        if (!escalated.told()) {
            return;
        }
        Set<Long> recipients = switch (escalated.level()) {
            case REMINDER -> audiences.handlers(escalated.departmentId());
            case SUPERVISION -> union(audiences.head(escalated.departmentId()), of(escalated.leadOfficialId()));
            case LEAD_OFFICIAL -> of(escalated.leadOfficialId());
            case MEETING -> audiences.districtLeaders();
            case NONE -> Set.of();
        };
        // A second dissatisfaction escalates a ticket that may never have been late: its notice says so, not "overdue".
        String messageKey =
                "notification.ticket.escalated-" + lower(escalated.level().name())
                        + (escalated.cause() == EscalationCause.DISSATISFIED ? "-dissatisfied" : "");
        tell(
                recipients,
                messageKey,
                escalated.ticketId(),
                List.of(text(escalated.title())),
                "ticket:" + escalated.ticketId() + ":escalation:" + escalated.level()
                        + (escalated.due() == null ? "" : ":" + escalated.due()));
    }

    private void tell(Set<Long> recipients, String messageKey, long ticketId, List<String> args, String key) {
        if (recipients.isEmpty()) {
            return;
        }
        int written = notifications.notify(recipients, messageKey, args, "/tickets/" + ticketId, key);
        log.info(
                "Notice {} ({}) for ticket {}: {} recipients, {} new inbox items",
                key,
                messageKey,
                ticketId,
                recipients.size(),
                written);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String lower(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
