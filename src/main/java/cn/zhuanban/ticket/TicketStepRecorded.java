package cn.zhuanban.ticket;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;
import java.time.LocalDate;

/**
 * One step of a ticket's life (reported, assigned, signed, returned, resolved, reviewed, rated …),
 * published for every move. Carries what listeners need to decide whom to tell without reading the
 * ticket back: project, lead department, reporter, lead official.
 *
 * @param action the step, e.g. {@code ticket.assigned}, {@code ticket.resolved}
 * @param step a counter per ticket, so that a listener can make an idempotency key of (ticketId, step)
 * @param signBy the deadlines of the current assignment after the step (null before an assignment,
 *     and in events stored before they were added): the assignment notice names them
 * @param reason the reason or explanation given with the step, null if none
 * @param result the step's answer where it has one ({@code APPROVED} or {@code REFUSED} for an extension decided),
 *     else null (and null in events stored before it was added)
 * @param mergedIntoId the ticket this one was merged into, on the merge step (the reporter is told where his problem
 *     is handled now); null on other steps and in events stored before it was added
 * @param source where the ticket came from (null in events stored before it was added: read it as {@code REPORT}); a
 *     meeting's action and a leader's instruction are assigned at once, so nobody waits for their reported step
 */
public record TicketStepRecorded(
        Actor actor,
        long ticketId,
        int step,
        String action,
        TicketState fromState,
        TicketState toState,
        long projectId,
        Long departmentId,
        Long reporterId,
        Long leadOfficialId,
        String title,
        String summary,
        LocalDate signBy,
        LocalDate feedbackBy,
        LocalDate resolveBy,
        String reason,
        String result,
        Long mergedIntoId,
        TicketSource source)
        implements AuditedEvent {

    /** A step without an answer, as the event was before it was added. */
    public TicketStepRecorded(
            Actor actor,
            long ticketId,
            int step,
            String action,
            TicketState fromState,
            TicketState toState,
            long projectId,
            Long departmentId,
            Long reporterId,
            Long leadOfficialId,
            String title,
            String summary,
            LocalDate signBy,
            LocalDate feedbackBy,
            LocalDate resolveBy,
            String reason) {
        this(
                actor,
                ticketId,
                step,
                action,
                fromState,
                toState,
                projectId,
                departmentId,
                reporterId,
                leadOfficialId,
                title,
                summary,
                signBy,
                feedbackBy,
                resolveBy,
                reason,
                null,
                null,
                null);
    }

    /** A step without deadlines or reason, as the event was before they were added. */
    public TicketStepRecorded(
            Actor actor,
            long ticketId,
            int step,
            String action,
            TicketState fromState,
            TicketState toState,
            long projectId,
            Long departmentId,
            Long reporterId,
            Long leadOfficialId,
            String title,
            String summary) {
        this(
                actor,
                ticketId,
                step,
                action,
                fromState,
                toState,
                projectId,
                departmentId,
                reporterId,
                leadOfficialId,
                title,
                summary,
                null,
                null,
                null,
                null);
    }

    @Override
    public String entityType() {
        return "ticket";
    }

    @Override
    public String entityId() {
        return Long.toString(ticketId);
    }
}
