package cn.zhuanban.notification.domain;

import static cn.zhuanban.notification.domain.TicketAudiences.union;
import static cn.zhuanban.notification.domain.TicketStepNotices.date;
import static cn.zhuanban.notification.domain.TicketStepNotices.text;

import cn.zhuanban.notification.domain.TicketStepNotices.Notice;
import cn.zhuanban.ticket.TicketStepRecorded;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The notices of the steps that pause a ticket or end it other than by the department's work: a suspension or a
 * resumption, the reporter's closing rating, the close for no rating in time, a merge into another ticket. {@link
 * TicketStepNotices} hands them here; the keys and the rule that nobody is told of his own step are the same.
 */
@Component
class TicketPauseAndEndNotices {

    private static final String PREFIX = "notification.";

    private final TicketAudiences audiences;

    TicketPauseAndEndNotices(TicketAudiences audiences) {
        this.audiences = audiences;
    }

    Notice forStep(TicketStepRecorded step, String key) {
        return switch (step.action()) {
            case "ticket.rated" -> rated(step, key);
            case "ticket.closed-no-response" -> closedNoResponse(step, key);
            case "ticket.suspended", "ticket.resumed" -> suspension(step, key);
            case "ticket.merged" -> merged(step, key);
            default -> throw new IllegalArgumentException("not a pausing or ending step: " + step.action());
        };
    }

    /**
     * A closing rating goes to the office and the department whose work was rated, in the rating's words: satisfied,
     * basically satisfied, or dissatisfied a second time (closed and escalated to the lead official), with the reason.
     * Events stored before the rating was carried as the result keep a notice without it.
     */
    private Notice rated(TicketStepRecorded step, String key) {
        String messageKey = PREFIX
                + step.action()
                + (step.result() == null
                        ? ""
                        : "-" + step.result().toLowerCase(Locale.ROOT).replace('_', '-'));
        return new Notice(officeAndDepartment(step), messageKey, List.of(text(step.title()), text(step.reason())), key);
    }

    /**
     * The rating deadline passed without an answer and the scheduled job closed the ticket: the office and the
     * department that waited for the verdict on their work hear that none will come (and the ticket counts as closed
     * unrated), as they hear of a rating. The reporter, who let it pass, is not reminded.
     */
    private Notice closedNoResponse(TicketStepRecorded step, String key) {
        return new Notice(officeAndDepartment(step), PREFIX + step.action(), List.of(text(step.title())), key);
    }

    /**
     * A suspension stops the work and the clock, a resumption restarts them: the department that works on the ticket
     * and the office that follows its deadlines hear of both, the resumption with the resolve deadline it moved to.
     */
    private Notice suspension(TicketStepRecorded step, String key) {
        Set<Long> audience = officeAndDepartment(step);
        String title = text(step.title());
        if (step.action().equals("ticket.suspended")) {
            return new Notice(audience, PREFIX + step.action(), List.of(title, text(step.reason())), key);
        }
        return step.resolveBy() == null
                ? new Notice(audience, PREFIX + step.action(), List.of(title), key)
                : new Notice(audience, PREFIX + step.action() + "-with-deadline", List.of(title, date(step)), key);
    }

    /**
     * A merged ticket ends without a resolution of its own: the reporter learns which ticket his problem is handled
     * in now (events stored before the target was carried: that it was merged).
     */
    private Notice merged(TicketStepRecorded step, String key) {
        Set<Long> reporter = audiences.reporter(step, Set.of());
        String title = text(step.title());
        return step.mergedIntoId() == null
                ? new Notice(reporter, PREFIX + step.action() + "-elsewhere", List.of(title), key)
                : new Notice(reporter, PREFIX + step.action(), List.of(title, Long.toString(step.mergedIntoId())), key);
    }

    /** The dispatch office and the lead department's handlers, but not whoever made the step. */
    private Set<Long> officeAndDepartment(TicketStepRecorded step) {
        return audiences.notMadeBy(step, union(audiences.dispatchers(), audiences.handlers(step.departmentId())));
    }
}
