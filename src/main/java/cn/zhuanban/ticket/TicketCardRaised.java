package cn.zhuanban.ticket;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;
import java.time.LocalDate;

/**
 * A ticket got a yellow or red card from the SLA clock for one of its deadlines.
 *
 * @param deadline which deadline: sign, first feedback or resolve; null in events stored before it
 *     was added, which were all about the resolve deadline
 * @param due the date of that deadline, null in older events
 * @param overtaken true when the job raised the card only after what it announces had passed (a yellow card "one
 *     working day left" for a deadline already missed; a sign or first-feedback red card when the resolve deadline's
 *     red card tells the same people that the ticket is overdue): recorded, nobody told; null in older events
 */
public record TicketCardRaised(
        Actor actor,
        long ticketId,
        TicketCard card,
        long projectId,
        Long departmentId,
        Long leadOfficialId,
        String title,
        TicketDeadline deadline,
        LocalDate due,
        Boolean overtaken)
        implements AuditedEvent {

    /** A card of one deadline, told to its people. */
    public TicketCardRaised(
            Actor actor,
            long ticketId,
            TicketCard card,
            long projectId,
            Long departmentId,
            Long leadOfficialId,
            String title,
            TicketDeadline deadline,
            LocalDate due) {
        this(actor, ticketId, card, projectId, departmentId, leadOfficialId, title, deadline, due, false);
    }

    /** A card for the resolve deadline, as before the sign and feedback deadlines were watched. */
    public TicketCardRaised(
            Actor actor,
            long ticketId,
            TicketCard card,
            long projectId,
            Long departmentId,
            Long leadOfficialId,
            String title) {
        this(actor, ticketId, card, projectId, departmentId, leadOfficialId, title, TicketDeadline.RESOLVE, null);
    }

    /** Whether its people are told: not when the card was overtaken by a later step of the same run. */
    public boolean told() {
        return !Boolean.TRUE.equals(overtaken);
    }

    /** The deadline, the resolve deadline for events stored before others were watched. */
    public TicketDeadline watchedDeadline() {
        return deadline == null ? TicketDeadline.RESOLVE : deadline;
    }

    @Override
    public String action() {
        String base = "ticket.card-" + card.name().toLowerCase();
        return watchedDeadline() == TicketDeadline.RESOLVE
                ? base
                : base + "-" + watchedDeadline().name().toLowerCase();
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
        return card.name() + (due == null ? "" : " " + watchedDeadline() + " " + due) + (told() ? "" : " overtaken");
    }
}
