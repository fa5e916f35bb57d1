package cn.zhuanban.ticket.domain;

import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.ticket.TicketCard;
import cn.zhuanban.ticket.TicketDeadline;
import cn.zhuanban.ticket.TicketState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A ticket as it stood at an earlier instant, read back from its timeline ({@code ticket_step}) and the ladder's
 * records ({@code ticket_escalation}): its state, its card, the resolve date it had and whether its deadlines were
 * changed since. The ticket row only knows today's values; a meeting held last week reviews its actions as they stood
 * on its day.
 */
@Repository
public class TicketHistory {

    /** Steps that lower or withdraw the card without new deadlines. */
    private static final Set<String> CARD_LOWERING = Set.of("ticket.card-lowered", "ticket.card-withdrawn");

    private static final Set<String> RED = Set.of("RED", "SIGN_RED", "FEEDBACK_RED");
    private static final Set<String> YELLOW = Set.of("YELLOW", "SIGN_YELLOW", "FEEDBACK_YELLOW");

    /**
     * A ticket at an instant: {@code state} null when it was not reported yet; {@code rescheduledBefore}, how many
     * times its deadlines were set by then (the first assignment counts); {@code resolveBy}, the resolve date the last
     * of those settings left it with, as its step keeps it (null when none had, or for a step recorded before steps
     * kept it, V167, other than an approved extension, whose detail begins with it); {@code rescheduledSince}, whether
     * they were set again afterwards, so that today's resolve date is not the one it had then; {@code signBy}, the
     * sign deadline that last setting left it with (null when none had, or for a step recorded before steps kept it,
     * V193).
     */
    public record Then(
            TicketState state,
            TicketCard card,
            int rescheduledBefore,
            LocalDate resolveBy,
            boolean rescheduledSince,
            LocalDate signBy) {

        /** Whether the resolve deadline was running then ({@link WatchedDeadlines#running}). */
        public boolean clockRunning() {
            return state != null && WatchedDeadlines.running(state);
        }

        /**
         * How many working days late the ticket was at the end of {@code day} with these deadlines then, from the
         * first it had missed by then, as {@link TicketClock#workingDaysOverdue} counts today; 0 when its state then
         * is not known.
         */
        public int workingDaysOverdue(Deadlines deadlines, boolean answered, LocalDate day, WorkingCalendar calendar) {
            return state == null ? 0 : WatchedDeadlines.workingDaysOverdue(state, deadlines, answered, day, calendar);
        }

        /**
         * The deadline that lateness counts from ({@link WatchedDeadlines#next}): of those watched then, the earliest;
         * null when its state then is not known or none was watched.
         */
        public TicketDeadline firstWatched(Deadlines deadlines, boolean answered) {
            return state == null ? null : WatchedDeadlines.next(state, deadlines, answered);
        }
    }

    private record StepAt(
            String action,
            String toState,
            String result,
            String detail,
            LocalDate resolveBy,
            LocalDate signBy,
            Instant at) {

        boolean reschedules() {
            return Step.setsDeadlines(action, result);
        }

        /**
         * The resolve date the step set: kept with it, or for an approved extension recorded before it was kept, the
         * date asked for, with which its detail begins ({@link TicketExtensions}).
         */
        LocalDate resolveDate() {
            if (resolveBy != null) {
                return resolveBy;
            }
            boolean extension = "ticket.extension-decided".equals(action) && "APPROVED".equals(result);
            if (!extension || detail == null || detail.length() < 10) {
                return null;
            }
            try {
                return LocalDate.parse(detail.substring(0, 10));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    private record EscalationAt(String step, Instant at) {}

    private final JdbcClient jdbc;

    TicketHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * These tickets as they stood just before {@code until}, by id. {@code cardsNow} are their cards today: a red card
     * with no ladder record (set by hand) counts as it stands, as the agenda counts it.
     */
    public Map<Long, Then> before(Map<Long, TicketCard> cardsNow, Instant until) {
        if (cardsNow.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<StepAt>> steps = new HashMap<>();
        jdbc.sql("select ticket_id, action, to_state, result_code, detail, resolve_by, sign_by, at"
                        + " from ticket_step"
                        + " where ticket_id in (:ids) order by ticket_id, step")
                .param("ids", List.copyOf(cardsNow.keySet()))
                .query((rs, n) -> steps.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new StepAt(
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getObject(6, LocalDate.class),
                                rs.getObject(7, LocalDate.class),
                                rs.getTimestamp(8).toInstant())))
                .list();
        Map<Long, List<EscalationAt>> ladder = new HashMap<>();
        jdbc.sql("select ticket_id, step, at from ticket_escalation where ticket_id in (:ids)")
                .param("ids", List.copyOf(cardsNow.keySet()))
                .query((rs, n) -> ladder.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new EscalationAt(
                                rs.getString(2), rs.getTimestamp(3).toInstant())))
                .list();
        Map<Long, Then> out = new HashMap<>();
        cardsNow.forEach((id, card) ->
                out.put(id, then(steps.getOrDefault(id, List.of()), ladder.getOrDefault(id, List.of()), card, until)));
        return out;
    }

    private static Then then(List<StepAt> steps, List<EscalationAt> ladder, TicketCard cardNow, Instant until) {
        TicketState state = null;
        Instant roundFrom = Instant.MIN;
        int rescheduled = 0;
        LocalDate resolveBy = null;
        LocalDate signBy = null;
        boolean since = false;
        for (StepAt s : steps) {
            if (!s.at().isBefore(until)) {
                since |= s.reschedules();
                continue;
            }
            state = TicketState.valueOf(s.toState());
            if (s.reschedules()) {
                rescheduled++;
                resolveBy = s.resolveDate();
                signBy = s.signBy();
            }
            if (s.reschedules() || CARD_LOWERING.contains(s.action())) {
                roundFrom = s.at();
            }
        }
        return new Then(state, card(ladder, cardNow, roundFrom, until), rescheduled, resolveBy, since, signBy);
    }

    /** The highest card the ladder gave in the round that ran at {@code until}. */
    private static TicketCard card(List<EscalationAt> ladder, TicketCard cardNow, Instant roundFrom, Instant until) {
        if (cardNow == TicketCard.RED && ladder.stream().noneMatch(e -> RED.contains(e.step()))) {
            return TicketCard.RED;
        }
        List<String> given = ladder.stream()
                .filter(e -> !e.at().isBefore(roundFrom) && e.at().isBefore(until))
                .map(EscalationAt::step)
                .toList();
        if (given.stream().anyMatch(RED::contains)) {
            return TicketCard.RED;
        }
        return given.stream().anyMatch(YELLOW::contains) ? TicketCard.YELLOW : TicketCard.NONE;
    }
}
