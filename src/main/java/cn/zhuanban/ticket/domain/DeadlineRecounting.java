package cn.zhuanban.ticket.domain;

import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.calendar.WorkingDaysChanged;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.ticket.TicketCard;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recounts the deadlines of open tickets when days of the administrative calendar change ({@link DeadlineRecount}),
 * records the move on each ticket's timeline (the department is told), lets a card follow deadlines moved later
 * ({@link RecountedCard}) and re-indexes its due steps. Runs from the
 * event publication registry after the calendar change committed, on one node; each ticket in its own transaction,
 * retried once if someone acted on it meanwhile. Only deadlines counted on a calendar revision before the change's
 * are recounted, and a recount stamps them with the change's revision, so a re-delivered event changes nothing and a
 * ticket assigned on the changed calendar keeps what it was given. Deadlines are counted under the calendar's lock
 * ({@link cn.zhuanban.calendar.CalendarManagement#forCounting()}), so those counted on the old calendar have committed
 * before this listener looks for them. The id is fixed because the registry stores it.
 */
@Component
public class DeadlineRecounting {

    static final String ID = "ticket.deadline-recount";

    /** Text stored in the timeline is in the district's language, whoever reads it later. */
    private static final Locale STORED_TEXT = Locale.SIMPLIFIED_CHINESE;

    private final JdbcClient jdbc;
    private final TicketRepository tickets;
    private final StepRecorder recorder;
    private final DueIndex due;
    private final CalendarManagement calendar;
    private final MessageSource messages;
    private final TransactionTemplate tx;
    private final Clock clock;

    DeadlineRecounting(
            JdbcClient jdbc,
            TicketRepository tickets,
            StepRecorder recorder,
            DueIndex due,
            CalendarManagement calendar,
            MessageSource messages,
            TransactionTemplate tx,
            Clock clock) {
        this.jdbc = jdbc;
        this.tickets = tickets;
        this.recorder = recorder;
        this.due = due;
        this.calendar = calendar;
        this.messages = messages;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Without a transaction of its own, so that each ticket's {@code tx.execute} is a transaction of its own: inside the
     * listener's, they all joined it and one failing ticket took every recount back with it.
     */
    @ApplicationModuleListener(id = ID, propagation = Propagation.NOT_SUPPORTED)
    void on(WorkingDaysChanged changed) {
        recount(changed);
    }

    /** Returns how many tickets' deadlines moved. */
    public int recount(WorkingDaysChanged changed) {
        return recount(changed, LocalDate.now(clock));
    }

    /** As {@link #recount(WorkingDaysChanged)}, judging the cards on {@code today} (tests choose the day). */
    public int recount(WorkingDaysChanged changed, LocalDate today) {
        int moved = 0;
        for (long ticket : affected(changed)) {
            try {
                moved += recountOne(ticket, changed, today);
            } catch (OptimisticLockingFailureException e) {
                moved += recountOne(ticket, changed, today); // someone acted on it meanwhile: count on their version
            }
        }
        return moved;
    }

    /**
     * Open tickets whose deadlines run over a changed day (assigned before the last, due on or after the first) and
     * were counted without the change ({@link Ticket#countedWith}): on an earlier revision, or, stamped before
     * revisions were, at an earlier time. Deadlines counted since, or recounted already, are on the changed calendar.
     */
    private List<Long> affected(WorkingDaysChanged changed) {
        return jdbc.sql("""
                        select id from ticket
                        where state in ('ASSIGNED', 'RETURN_REQUESTED', 'IN_PROGRESS', 'SUSPENDED')
                          and assigned_on < :last
                          and (resolve_by >= :first or feedback_by >= :first or sign_by >= :first)
                          and (deadlines_revision < :revision
                               or (deadlines_revision is null
                                   and (deadlines_counted_at is null or deadlines_counted_at < :changedAt)))
                        order by id""")
                .param("first", changed.days().getFirst())
                .param("last", changed.days().getLast())
                // revisions start at 0: a change stored without its revision matches no stamped revision
                .param("revision", changed.revision() == null ? -1L : changed.revision())
                .param("changedAt", java.sql.Timestamp.from(changed.changedAt()))
                .query(Long.class)
                .list();
    }

    /**
     * Recounts one ticket as it stands now. Whether its resolve date was chosen is the flag the last step that set its
     * deadlines left ({@link Ticket#isResolveDateChosen}): a meeting's action and an assignment with the office's date
     * set it, a reassignment without a date clears it, so a meeting's action reassigned so is counted like any other
     * (its source no longer says whose date it has).
     */
    private int recountOne(long id, WorkingDaysChanged changed, LocalDate today) {
        Integer moved = tx.execute(status -> {
            Ticket ticket = tickets.findById(id).orElse(null);
            WorkingCalendar now = calendar.administrative();
            Deadlines recounted = ticket == null || ticket.countedWith(changed)
                    ? null
                    : DeadlineRecount.of(ticket, changed.days(), now, ticket.isResolveDateChosen());
            if (recounted == null) {
                return 0;
            }
            move(ticket, recounted, changed, now, today);
            return 1;
        });
        return moved == null ? 0 : moved;
    }

    /**
     * Moves the deadlines and lets the card follow them: a card whose condition no longer holds on the recounted dates
     * is withdrawn or lowered, as a step of its own on the timeline.
     */
    private void move(
            Ticket ticket, Deadlines recounted, WorkingDaysChanged changed, WorkingCalendar now, LocalDate today) {
        Instant at = clock.instant();
        // Stamped with the change's revision, not the calendar's latest: a later change that committed meanwhile
        // was counted here only in part, and its own event recounts the ticket again.
        Step step = ticket.recount(recounted, at, changed.revision());
        TicketCard was = ticket.getCard();
        RecountedCard kept =
                RecountedCard.of(ticket, due.takenIn(ticket.getId(), ticket.getDeadlineRound()), now, today);
        Step lowered = ticket.lowerCard(kept.card());
        ticket.touch(at);
        Ticket saved = tickets.save(ticket);
        String detail = text(
                "ticket.recount.detail",
                String.valueOf(recounted.signBy()),
                String.valueOf(recounted.feedbackBy()),
                String.valueOf(recounted.resolveBy()));
        recorder.record(saved, step, null, Actor.SYSTEM, detail, Actor.of(Actor.SYSTEM), at);
        if (lowered != null) {
            String card = text("ticket.card." + was);
            String why = saved.getCard() == TicketCard.NONE
                    ? text("ticket.card-withdrawn.detail", card)
                    : text("ticket.card-lowered.detail", card, text("ticket.card." + saved.getCard()));
            recorder.record(saved, lowered, null, Actor.SYSTEM, why, Actor.of(Actor.SYSTEM), at);
        }
        if (lowered != null) {
            due.carry(saved.getId(), saved.getDeadlineRound(), kept.steps(), at);
        }
        due.reindex(saved, now);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, STORED_TEXT);
    }
}
