package cn.zhuanban.ticket;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;
import java.time.LocalDate;

/**
 * A step of the escalation ladder was taken (each step once per round of the ticket); {@code due} is
 * the deadline the step follows (the resolve deadline for its cards, the first deadline missed for the lead-official
 * and meeting rungs), so that a new round's steps are told again.
 *
 * @param cause why: the deadlines or a second dissatisfaction; null in events stored before it was added
 * @param overtaken true when the job took the step only after what it announces had passed (a reminder "about to be
 *     overdue" for a ticket already overdue, when the job caught up several steps at once): recorded, nobody told;
 *     null in events stored before it was added
 */
public record TicketEscalated(
        Actor actor,
        long ticketId,
        EscalationLevel level,
        long projectId,
        Long departmentId,
        Long leadOfficialId,
        String title,
        LocalDate due,
        EscalationCause cause,
        Boolean overtaken)
        implements AuditedEvent {

    /** A step of the deadlines' ladder, told to its people. */
    public TicketEscalated(
            Actor actor,
            long ticketId,
            EscalationLevel level,
            long projectId,
            Long departmentId,
            Long leadOfficialId,
            String title,
            LocalDate due) {
        this(
                actor,
                ticketId,
                level,
                projectId,
                departmentId,
                leadOfficialId,
                title,
                due,
                EscalationCause.DEADLINE,
                false);
    }

    /** A step without a dated deadline (a dissatisfied rating), or an event stored before steps were dated. */
    public TicketEscalated(
            Actor actor,
            long ticketId,
            EscalationLevel level,
            long projectId,
            Long departmentId,
            Long leadOfficialId,
            String title) {
        this(actor, ticketId, level, projectId, departmentId, leadOfficialId, title, null, null, false);
    }

    /** Whether its people are told: not when the step was overtaken by a later one of the same run. */
    public boolean told() {
        return !Boolean.TRUE.equals(overtaken);
    }

    @Override
    public String action() {
        return "ticket.escalated-" + level.name().toLowerCase();
    }

    @Override
    public String entityType() {
        return "ticket";
    }

    @Override
    public String entityId() {
        return Long.toString(ticketId);
    }

    @Override
    public String summary() {
        return level.name()
                + (cause == EscalationCause.DISSATISFIED ? " " + cause.name() : "")
                + (told() ? "" : " overtaken");
    }
}
