package cn.zhuanban.ticket.domain;

import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.ticket.EscalationCause;
import cn.zhuanban.ticket.TicketCard;
import cn.zhuanban.ticket.TicketCardRaised;
import cn.zhuanban.ticket.TicketDeadline;
import cn.zhuanban.ticket.TicketDueReindexed;
import cn.zhuanban.ticket.TicketEscalated;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The escalation job: reads the due rows of {@link DueIndex} (never the ticket table as a whole)
 * for the sign, first-feedback and resolve deadlines and takes each step once, in its own transaction, so a conflict with a user acting on the same
 * ticket only postpones that step to the next run. ShedLock keeps it to one node at a time.
 *
 * <p>A run may take several steps of one ticket at once: after the job was stopped, or for a ticket whose deadline
 * was already near or past when it was set. It takes them in the order of the deadlines they concern ({@link
 * #inLadderOrder}); a yellow card of a deadline already passed is dropped ({@link #missed}: its red card follows), and
 * of the steps it records people are told only what is true on the day of the run ({@link #overtaken}).
 */
@Component
public class EscalationLadder {

    private static final int BATCH = 500;

    /** A scheduled run stops taking new batches after this long, well within the lock's 9 minutes. */
    private static final Duration RUN_BUDGET = Duration.ofMinutes(5);

    /** The one-time re-index stops after this long (the rest waits for the next run), so a run stays within the lock. */
    private static final Duration REINDEX_BUDGET = Duration.ofMinutes(2);

    private final DueIndex due;
    private final TicketRepository tickets;
    private final TicketQueries queries;
    private final StepRecorder recorder;
    private final CalendarManagement calendar;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    EscalationLadder(
            DueIndex due,
            TicketRepository tickets,
            TicketQueries queries,
            StepRecorder recorder,
            CalendarManagement calendar,
            ApplicationEventPublisher events,
            TransactionTemplate tx,
            Clock clock) {
        this.due = due;
        this.tickets = tickets;
        this.queries = queries;
        this.recorder = recorder;
        this.calendar = calendar;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(cron = "${zhuanban.ticket.ladder-cron:0 */10 * * * *}", zone = "Asia/Shanghai")
    // Every 10 minutes: held at least 1 minute, more than nodes' clocks drift apart and well within the interval.
    @SchedulerLock(name = "ticket-escalation-ladder", lockAtMostFor = "PT9M", lockAtLeastFor = "PT1M")
    public void runScheduled() {
        reindexQueued();
        runAll(LocalDate.now(clock));
    }

    /**
     * The one-time re-index of the tickets V198 listed, whose later rungs were indexed from the resolve deadline before
     * they came to count from the first deadline missed. Design: a migration cannot count working days, and a start-up
     * runner would run on every node at once; so the migration (run once, by one node, under Flyway's lock) only lists
     * the tickets, and this job, which ShedLock already keeps to one node at a time, re-indexes them before taking any
     * step, each in its own transaction under the ticket's row lock ({@link DueIndex#reindexQueued}), and takes each
     * off the list. A second run finds the list empty (one query on an empty table) and changes nothing; a re-index of
     * the same ticket twice gives the same rows anyway. A run that re-indexed any is audited once, by the system, with
     * their count ({@link TicketDueReindexed}). Returns how many tickets were re-indexed.
     */
    public int reindexQueued() {
        Instant stopBy = clock.instant().plus(REINDEX_BUDGET);
        int done = 0;
        long after = 0;
        List<Long> ids;
        do {
            ids = due.queuedForReindex(after, BATCH);
            for (long id : ids) {
                tx.executeWithoutResult(status -> due.reindexQueued(id, tickets, calendar.administrative()));
                done++;
                after = id;
            }
        } while (ids.size() == BATCH && clock.instant().isBefore(stopBy));
        if (done > 0) {
            // one record for the run: the tickets' steps did not change, only when the job looks at them again. In a
            // transaction of its own: the audit listens after commit, and the job runs outside any
            int count = done;
            tx.executeWithoutResult(status -> events.publishEvent(TicketDueReindexed.ofRun(count)));
        }
        return done;
    }

    /**
     * Batch after batch while batches come back full, so a backlog (after a long stop, on a province-sized database)
     * clears in one run instead of 500 tickets every 10 minutes; stops taking new batches after {@link #RUN_BUDGET}. A
     * batch with a step that lost a race is not full: its row waits for the next run rather than being retried at
     * once. Returns how many due rows were handled.
     */
    public int runAll(LocalDate today) {
        Instant stopBy = clock.instant().plus(RUN_BUDGET);
        int total = 0;
        Batch batch;
        do {
            batch = batch(today);
            total += batch.handled();
        } while (batch.full() && clock.instant().isBefore(stopBy));
        return total;
    }

    /** Takes every step due on or before {@code today} of one batch of tickets; returns how many due rows were handled. */
    public int run(LocalDate today) {
        return batch(today).handled();
    }

    /** Rows handled, and whether the batch took as many tickets as it may and lost no race (another may follow). */
    private record Batch(int handled, boolean full) {}

    private Batch batch(LocalDate today) {
        List<DueIndex.Due> rows = inLadderOrder(due.dueOn(today, BATCH));
        int handled = 0;
        for (DueIndex.Due row : rows) {
            try {
                tx.executeWithoutResult(status -> take(row, today));
                handled++;
            } catch (org.springframework.dao.OptimisticLockingFailureException e) {
                // Someone acted on the ticket meanwhile; the row stays and is taken on the next run.
            }
        }
        long tickets =
                rows.stream().mapToLong(DueIndex.Due::ticketId).distinct().count();
        return new Batch(handled, tickets == BATCH && handled == rows.size());
    }

    private void take(DueIndex.Due row, LocalDate today) {
        Ticket ticket = tickets.findById(row.ticketId()).orElse(null);
        Instant now = clock.instant();
        due.done(row);
        if (ticket == null || ticket.getDeadlineRound() != row.round()) {
            return;
        }
        if (row.step() == LadderStep.NO_RESPONSE) {
            closeUnanswered(ticket, now);
            return;
        }
        LadderStep red = row.step().redOfSameDeadline();
        if (red != null && due.taken(ticket.getId(), row.round(), red)) {
            return; // a yellow card that arrives after the red one of the same deadline is moot
        }
        if (missed(ticket, row.step(), today)) {
            return; // "about to expire" for a deadline already passed: its red card is due in this run and says it
        }
        if (!due.markTaken(ticket.getId(), row.round(), row.step(), row.dueOn(), now) || !ticket.climb(row.step())) {
            return;
        }
        ticket.touch(now);
        tickets.save(ticket);
        publish(ticket, row.step(), overtaken(ticket, row.step(), today));
    }

    /**
     * The due rows of a run, each ticket's in the order of the deadlines they concern (sign, first feedback, resolve;
     * yellow before red before the later rungs): a run that catches up on a ticket (the first after seeding, or after
     * the job was stopped) writes its timeline in the order the ladder would have, not in the order the due dates
     * happen to sort (the red card of signing and the yellow one of feedback fall on the same day).
     */
    static List<DueIndex.Due> inLadderOrder(List<DueIndex.Due> rows) {
        return rows.stream()
                .sorted(Comparator.comparingLong(DueIndex.Due::ticketId)
                        .thenComparingInt(r -> r.step().rank()))
                .toList();
    }

    /**
     * A yellow card, or its reminder, of a deadline already passed on {@code today}: not a step the ticket took (it was
     * never "one working day left" while anyone could see it), so it is neither recorded nor told.
     */
    static boolean missed(Ticket ticket, LadderStep step, LocalDate today) {
        return step.card() == TicketCard.YELLOW
                && ticket.watches(step.deadline())
                && ticket.deadline(step.deadline()).isBefore(today);
    }

    /**
     * Whether what the step announces has passed on {@code today}, so that it is recorded but nobody is told: a yellow
     * card or reminder ("one working day left", "about to be overdue") for a deadline already missed, whose red card
     * follows in the same run; and the red card of the sign or first-feedback deadline when the resolve deadline has
     * passed too, whose red card tells the same people that the ticket is overdue (one notice, not three).
     */
    static boolean overtaken(Ticket ticket, LadderStep step, LocalDate today) {
        if (step.card() == TicketCard.YELLOW) {
            return ticket.deadline(step.deadline()).isBefore(today);
        }
        return step.card() == TicketCard.RED
                && step.deadline() != TicketDeadline.RESOLVE
                && ticket.watches(TicketDeadline.RESOLVE)
                && ticket.getResolveBy().isBefore(today);
    }

    private void closeUnanswered(Ticket ticket, Instant now) {
        if (ticket.getState() != cn.zhuanban.ticket.TicketState.AWAITING_FEEDBACK) {
            return;
        }
        Step step = ticket.closeNoResponse(now);
        ticket.touch(now);
        tickets.save(ticket);
        recorder.record(ticket, step, null, Actor.SYSTEM, null, Actor.of(Actor.SYSTEM), now);
        due.reindex(ticket, calendar.administrative());
    }

    private void publish(Ticket ticket, LadderStep step, boolean overtaken) {
        Actor system = Actor.of(Actor.SYSTEM);
        Long lead = queries.project(ticket.getProjectId()).leadOfficialId();
        if (step.card() != null) {
            events.publishEvent(new TicketCardRaised(
                    system,
                    ticket.getId(),
                    step.card(),
                    ticket.getProjectId(),
                    ticket.getDepartmentId(),
                    lead,
                    ticket.getTitle(),
                    step.deadline(),
                    ticket.deadline(step.deadline()),
                    overtaken));
        }
        if (step.deadline() == TicketDeadline.RESOLVE) {
            // The sign and feedback cards carry their own notices; the ladder's levels are the resolve deadline's,
            // and the later rungs the ticket's, dated by the deadline they were measured from.
            TicketDeadline from = step.afterRed() ? ticket.firstWatched() : TicketDeadline.RESOLVE;
            events.publishEvent(new TicketEscalated(
                    system,
                    ticket.getId(),
                    step.level(),
                    ticket.getProjectId(),
                    ticket.getDepartmentId(),
                    lead,
                    ticket.getTitle(),
                    ticket.deadline(from),
                    EscalationCause.DEADLINE,
                    overtaken));
        }
    }
}
