package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.zhuanban.CalendarEvents;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.calendar.DayException;
import cn.zhuanban.calendar.HolidayCnJson;
import cn.zhuanban.calendar.WorkingDaysChanged;
import cn.zhuanban.ticket.domain.Deadlines;
import cn.zhuanban.ticket.domain.Ticket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deadlines counted on the old calendar while a change of it commits are recounted all the same: an assignment
 * whose transaction is still open when a holiday is imported, and whose time stamp comes after the change was made.
 * Dates in 2098, where no other test's ticket runs.
 */
@IntegrationTest
class DeadlineRecountWindowTests {

    /** The calendar changes of these tests re-judge every plan: done before the next test's events queue behind them. */
    @AfterEach
    void calendarListenersDone() {
        CalendarEvents.awaitHandled(jdbc);
    }

    static final LocalDate ASSIGNED = LocalDate.of(2098, 3, 3); // a Monday
    static final LocalDate HOLIDAY = LocalDate.of(2098, 3, 5);

    @Autowired
    TicketFlows flows;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Test
    void deadlinesCountedOnTheOldCalendarWhileAChangeCommitsAreRecounted() throws Exception {
        AtomicLong id = new AtomicLong();
        CountDownLatch counted = new CountDownLatch(1);
        CountDownLatch imported = new CountDownLatch(1);
        CompletableFuture<Void> assigning = CompletableFuture.runAsync(() -> tx.executeWithoutResult(status -> {
            id.set(flows.assignedToPower());
            moveTo2098(id.get());
            counted.countDown();
            // Stays open while the holiday is imported: if the import does not wait for it, the import commits and
            // its recount looks for tickets before this one commits.
            awaitQuietly(imported);
            await().atMost(Duration.ofSeconds(10)).until(() -> recountsRunning() == 0);
        }));
        try {
            assertThat(counted.await(30, TimeUnit.SECONDS)).isTrue();
            calendar.importYear(new HolidayCnJson.Year(2098, List.of(new DayException(HOLIDAY, false, "测试假日"))));
            imported.countDown();
            assigning.get(30, TimeUnit.SECONDS);

            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(
                            () -> assertThat(flows.view(id.get()).resolveBy()).isEqualTo("2098-03-13"));
        } finally {
            imported.countDown();
            assigning.join();
            calendar.importYear(new HolidayCnJson.Year(2098, List.of()));
        }
    }

    @Test
    void deadlinesCountedOnAnEarlierRevisionAreCountedWithoutTheChangeWhateverTheTime() {
        Ticket ticket = TicketFixtures.in(TicketState.ASSIGNED);
        ticket.deadlinesCounted(TicketFixtures.NOW, 7L);

        assertThat(ticket.countedWith(change(8L, TicketFixtures.NOW.minusMillis(5))))
                .as("stamped after the change was made, but counted on the revision before it")
                .isFalse();
        assertThat(ticket.countedWith(change(7L, TicketFixtures.NOW.plusSeconds(60))))
                .isTrue();
        assertThat(ticket.countedWith(change(null, TicketFixtures.NOW.plusSeconds(60))))
                .as("a change stored before revisions were carried came before the stamp")
                .isTrue();

        Ticket unstamped = TicketFixtures.in(TicketState.ASSIGNED);
        assertThat(unstamped.countedWith(change(8L, TicketFixtures.NOW))).isFalse();
    }

    private static WorkingDaysChanged change(Long revision, java.time.Instant at) {
        return new WorkingDaysChanged(List.of(TicketFixtures.TODAY), at, revision);
    }

    /** Counted on the calendar as it is, without the holiday, as if assigned on {@link #ASSIGNED}. */
    private void moveTo2098(long ticket) {
        Deadlines counted = Deadlines.from(ASSIGNED, TicketFixtures.NORMAL, calendar.administrative());
        assertThat(counted.resolveBy()).isEqualTo("2098-03-12");
        jdbc.sql("update ticket set assigned_on = :a, sign_by = :s, feedback_by = :f, resolve_by = :r where id = :id")
                .param("a", ASSIGNED)
                .param("s", counted.signBy())
                .param("f", counted.feedbackBy())
                .param("r", counted.resolveBy())
                .param("id", ticket)
                .update();
    }

    private long recountsRunning() {
        return jdbc.sql("select count(*) from event_publication where listener_id = :id and completion_date is null")
                .param("id", "ticket.deadline-recount")
                .query(Long.class)
                .single();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(600, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
