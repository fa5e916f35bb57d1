package cn.zhuanban.ticket;

import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.ticket.domain.Deadlines;
import cn.zhuanban.ticket.domain.Ticket;
import cn.zhuanban.ticket.domain.TicketHistory;
import cn.zhuanban.ticket.domain.TicketRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a past meeting's action tickets stood on its day, for the review of its decisions read after that day (the
 * live page of a meeting held but not yet confirmed, and what confirming it freezes), and where the tickets its agenda
 * lists stood then ({@link #listedOn}); {@link MeetingTickets#statuses} gives where they stand today.
 */
@Service
public class PastActionStatuses {

    private final TicketRepository tickets;
    private final TicketHistory history;
    private final CalendarManagement calendar;
    private final Clock clock;

    PastActionStatuses(TicketRepository tickets, TicketHistory history, CalendarManagement calendar, Clock clock) {
        this.tickets = tickets;
        this.history = history;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * Where these action tickets stood at the end of {@code day}, a past day (a meeting held then and reviewed later):
     * the state and card they had then, read from their timeline and the ladder's records, and their lateness counted
     * up to that day. {@code decidedResolveBy} gives, by ticket, the resolve date the meeting decided (null for a ticket
     * that came up otherwise, the escalation ladder's). A ticket recorded only after the day (a decision written up
     * later) was assigned at its meeting all the same: it reads as assigned, due on the decided date.
     */
    @Transactional(readOnly = true)
    public Map<Long, ActionTicketStatus> on(Map<Long, LocalDate> decidedResolveBy, LocalDate day) {
        if (decidedResolveBy.isEmpty()) {
            return Map.of();
        }
        Map<Long, Ticket> now = tickets.findAllById(decidedResolveBy.keySet()).stream()
                .collect(Collectors.toMap(Ticket::getId, Function.identity()));
        Instant end = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Map<Long, TicketHistory.Then> then =
                history.before(now.values().stream().collect(Collectors.toMap(Ticket::getId, Ticket::getCard)), end);
        WorkingCalendar cal = calendar.administrative();
        return now.values().stream()
                .map(t -> statusOn(t, then.get(t.getId()), decidedResolveBy.get(t.getId()), day, end, cal))
                .collect(Collectors.toMap(ActionTicketStatus::ticketId, Function.identity()));
    }

    /**
     * Where tickets a past meeting's agenda lists stood at the end of {@code day}, a past day, for the words of their
     * items: the state their timeline had then and the resolve date the last setting of their deadlines by then left
     * them with (none while not assigned yet), their card as the ladder's records tell it, their lateness counted
     * up to that day and the sign deadline they had then ({@link #signByThen}). A ticket whose timeline begins only
     * after the day (its report dated back alone) is known only as it stands today and reads so, but for its card: the
     * ladder's records tell it all the same (a red card given after the day was not there). Three queries whatever the
     * number of tickets.
     */
    @Transactional(readOnly = true)
    public Map<Long, ActionTicketStatus> listedOn(Collection<Long> ticketIds, LocalDate day) {
        if (ticketIds.isEmpty()) {
            return Map.of();
        }
        List<Ticket> now = tickets.findAllById(ticketIds);
        Instant end = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Map<Long, TicketHistory.Then> then =
                history.before(now.stream().collect(Collectors.toMap(Ticket::getId, Ticket::getCard)), end);
        WorkingCalendar cal = calendar.administrative();
        return now.stream()
                .map(t -> listedOn(t, then.get(t.getId()), day, end, cal))
                .collect(Collectors.toMap(ActionTicketStatus::ticketId, Function.identity()));
    }

    private static ActionTicketStatus listedOn(
            Ticket t, TicketHistory.Then then, LocalDate day, Instant end, WorkingCalendar cal) {
        boolean recorded = then.state() != null;
        LocalDate resolveBy = recorded ? resolveByThen(t, then) : t.getResolveBy();
        LocalDate signBy = recorded ? signByThen(t, then) : t.getSignBy();
        Lateness late =
                recorded ? latenessThen(t, then, signBy, resolveBy, day, end, cal) : Lateness.today(t, day, cal);
        return new ActionTicketStatus(
                t.getId(),
                recorded ? then.state() : t.getState(),
                then.card(),
                resolveBy,
                late.days(),
                signBy,
                late.missed());
    }

    /** How many working days late a ticket was and the deadline that lateness counts from (null when none). */
    private record Lateness(int days, ActionTicketStatus.Missed missed) {

        static final Lateness NONE = new Lateness(0, null);

        /** As it stands: from the first deadline it missed ({@code Ticket#firstWatched}). */
        static Lateness today(Ticket t, LocalDate day, WorkingCalendar cal) {
            int days = t.workingDaysOverdue(day, cal);
            TicketDeadline first = t.firstWatched();
            return new Lateness(
                    days, ActionTicketStatus.Missed.of(days, first, first == null ? null : t.deadline(first)));
        }
    }

    /**
     * How late the ticket was at the end of {@code day} by the rule today's lateness follows ({@code
     * Ticket#workingDaysOverdue}: from the first deadline missed), with the deadlines it had then: the first-feedback
     * one today's unless the deadlines were set again since (the timeline keeps no older one), answered if its first
     * feedback came before {@code end}; and which deadline that was.
     */
    private static Lateness latenessThen(
            Ticket t,
            TicketHistory.Then then,
            LocalDate signBy,
            LocalDate resolveBy,
            LocalDate day,
            Instant end,
            WorkingCalendar cal) {
        Deadlines deadlines = new Deadlines(signBy, then.rescheduledSince() ? null : t.getFeedbackBy(), resolveBy);
        boolean answered =
                t.getFirstFeedbackAt() != null && t.getFirstFeedbackAt().isBefore(end);
        int days = then.workingDaysOverdue(deadlines, answered, day, cal);
        TicketDeadline first = then.firstWatched(deadlines, answered);
        return new Lateness(
                days, ActionTicketStatus.Missed.of(days, first, first == null ? null : deadlines.of(first)));
    }

    /**
     * The sign deadline a listed ticket had then, as {@link #resolveByThen} reads the resolve date: today's unless its
     * deadlines were set again since (a reassignment sets a later one, a recount may move it either way); then none if
     * they had not been set by then, else the one the last setting by then kept with its step (V193), or today's where
     * that step is older than steps keeping it and the date is not known.
     */
    private static LocalDate signByThen(Ticket t, TicketHistory.Then then) {
        if (!then.rescheduledSince() || then.rescheduledBefore() > 0 && then.signBy() == null) {
            return t.getSignBy();
        }
        return then.signBy();
    }

    /**
     * The resolve date a listed ticket had then: today's unless its deadlines were set again since; then none if they
     * had not been set by then (reported, not assigned yet), else the one the last setting by then kept with its step,
     * or today's where that step is older than steps keeping it (V167) and the date is not known.
     */
    private static LocalDate resolveByThen(Ticket t, TicketHistory.Then then) {
        if (!then.rescheduledSince() || then.rescheduledBefore() > 0 && then.resolveBy() == null) {
            return t.getResolveBy();
        }
        return then.resolveBy();
    }

    private static ActionTicketStatus statusOn(
            Ticket t, TicketHistory.Then then, LocalDate decided, LocalDate day, Instant end, WorkingCalendar cal) {
        boolean recorded = then.state() != null;
        LocalDate resolveBy = resolveByOn(t, then, decided);
        Lateness late = recorded
                ? latenessThen(t, then, signByThen(t, then), resolveBy, day, end, cal)
                : unrecorded(resolveBy, day, cal);
        return new ActionTicketStatus(
                t.getId(),
                recorded ? then.state() : TicketState.ASSIGNED,
                recorded ? then.card() : TicketCard.NONE,
                resolveBy,
                late.days(),
                null,
                late.missed());
    }

    /** A ticket recorded only after the day reads as assigned then, due on the decided date: late from that date. */
    private static Lateness unrecorded(LocalDate resolveBy, LocalDate day, WorkingCalendar cal) {
        int days = resolveBy != null ? WorkingDaysLeft.late(resolveBy, day, cal) : 0;
        return days > 0
                ? new Lateness(days, new ActionTicketStatus.Missed(TicketDeadline.RESOLVE, resolveBy))
                : Lateness.NONE;
    }

    /**
     * The resolve date the ticket had then: today's, unless its deadlines were set again since (an extension approved,
     * a reassignment, a recount, a resumption or a reopening later); then the one the last setting by then kept with
     * its step. A step recorded before steps kept it (V167) leaves the decided date when nothing but the first
     * assignment had set the deadlines by then, today's otherwise.
     */
    private static LocalDate resolveByOn(Ticket t, TicketHistory.Then then, LocalDate decided) {
        if (!then.rescheduledSince()) {
            return t.getResolveBy();
        }
        if (then.resolveBy() != null) {
            return then.resolveBy();
        }
        return then.rescheduledBefore() <= 1 && decided != null ? decided : t.getResolveBy();
    }
}
