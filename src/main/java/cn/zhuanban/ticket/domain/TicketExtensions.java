package cn.zhuanban.ticket.domain;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.SupportedDates;
import cn.zhuanban.ticket.TicketDeadline;
import cn.zhuanban.ticket.TicketMove;
import cn.zhuanban.ticket.TicketState;
import java.time.LocalDate;

/**
 * The two ways the department gets more time than its deadlines gave it: an extension it asks for and the office
 * decides, and a suspension, after which the deadlines move later by the time it lasted. Apart from {@link
 * TicketClock}, which keeps the deadlines these moves change; when an extension may be asked at all is {@link
 * ExtensionRules}'.
 */
abstract class TicketExtensions extends TicketClock {

    protected TicketState suspendedFrom;
    protected LocalDate suspendedOn;
    protected int extensions;
    protected LocalDate extensionUntil;
    protected String extensionReason;

    public Step requestExtension(LocalDate until, String reason) {
        require(TicketMove.REQUEST_EXTENSION, ExtensionRules.requestRefused(extensionUntil, extensions));
        requireInput("newDate", until);
        requireInput("reason", reason);
        SupportedDates.require(until, "newDate"); // a mistyped year is the date's error, said beside it
        if (!ExtensionRules.laterThan(until, resolveBy)) {
            // the date typed is wrong, not the ticket's state: said beside the date, the form kept
            throw BusinessException.invalid("newDate", "ticket.extension-date-not-later", String.valueOf(resolveBy));
        }
        extensionUntil = until;
        extensionReason = reason;
        return step("ticket.extension-requested", state, state, until + " " + reason);
    }

    /**
     * No request waiting is refused as such in any state, before the state is: a request that lapsed with the
     * resolution ({@link #lapseExtension}) is then answered "there is none to decide (any more)", not only "not in
     * this state", and a suspended ticket's request waits for the resumption. The answer must be given: a decision
     * left without one is the office's to complete (a field error), not a refusal.
     */
    public Step decideExtension(Boolean approved, String reason) {
        if (extensionUntil == null) {
            throw TicketRefusal.of(state, TicketMove.DECIDE_EXTENSION, "no-extension-pending");
        }
        require(TicketMove.DECIDE_EXTENSION, null);
        requireInput("approved", approved);
        LocalDate asked = extensionUntil;
        if (approved) {
            extensions++;
            reschedule(new Deadlines(signBy, feedbackBy, asked));
            // the date asked for and approved is typed by people: a recount keeps it, until a step counts a new one
            resolveDateChosen = true;
        }
        extensionUntil = null;
        extensionReason = null;
        return step("ticket.extension-decided", state, state, asked + (reason == null ? "" : " " + reason))
                .withResult(approved ? ExtensionDecision.APPROVED : ExtensionDecision.REFUSED);
    }

    /**
     * A request still waiting for the office's answer ends with the work it asked more time for: a resolved ticket has
     * no resolve deadline left to move, and an answer given later (after a send-back or a reopening, say) would move
     * one nobody asked to move then. Recorded as a step of its own, so that the timeline and the audit log say the
     * request lapsed unanswered; null when none was waiting. A suspension keeps the request: the work goes on after it.
     */
    protected Step lapseExtension() {
        if (extensionUntil == null) {
            return null;
        }
        String asked = extensionUntil + (extensionReason == null ? "" : " " + extensionReason);
        extensionUntil = null;
        extensionReason = null;
        return step("ticket.extension-lapsed", state, state, asked);
    }

    public Step suspend(String reason, LocalDate today) {
        require(TicketMove.SUSPEND, null);
        requireInput("reason", reason);
        suspendedFrom = state;
        suspendedOn = today;
        return move("ticket.suspended", TicketState.SUSPENDED, reason);
    }

    /** Back to the state before the suspension, the deadlines moved later by the time it lasted. */
    public Step resume(String reason, Deadlines shifted) {
        require(TicketMove.RESUME, null);
        TicketState back = suspendedFrom;
        suspendedFrom = null;
        suspendedOn = null;
        if (shifted != null) {
            reschedule(shifted);
        }
        return move("ticket.resumed", back, reason);
    }

    /**
     * Whether this deadline is paused rather than met: the ticket is suspended from a state in which it was watched
     * (not signed, not answered, not resolved), so its page says 挂起中 of it, not 已完成.
     */
    public boolean pauses(TicketDeadline deadline) {
        return state == TicketState.SUSPENDED
                && suspendedFrom != null
                && WatchedDeadlines.watches(deadline, suspendedFrom, deadlines(), firstFeedbackAt != null);
    }

    public LocalDate getSuspendedOn() {
        return suspendedOn;
    }

    public int getExtensions() {
        return extensions;
    }

    public LocalDate getExtensionUntil() {
        return extensionUntil;
    }
}
