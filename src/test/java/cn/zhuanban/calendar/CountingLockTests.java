package cn.zhuanban.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestDatabase;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deadlines counted in several transactions at once (assignments on several nodes) do not wait for each other on
 * PostgreSQL: the calendar's lock for counting is shared there. That a change of the calendar still waits for them,
 * and they for it, is {@code DeadlineRecountWindowTests}'.
 */
@IntegrationTest
class CountingLockTests {

    @Autowired
    CalendarManagement calendar;

    @Autowired
    TransactionTemplate tx;

    @Test
    void twoTransactionsCountDeadlinesAtOnce() throws Exception {
        assumeTrue(TestDatabase.postgres(), "H2 has no shared row lock; it runs as a single node");
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // Threads of their own: the common pool may have a single thread on a small machine.
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CompletableFuture<Void> first = CompletableFuture.runAsync(
                () -> tx.executeWithoutResult(status -> {
                    calendar.forCounting();
                    holding.countDown();
                    awaitQuietly(release);
                }),
                threads);
        try {
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Long> second = CompletableFuture.supplyAsync(
                    () -> tx.execute(status -> calendar.forCounting().revision()), threads);
            assertThat(second.get(5, TimeUnit.SECONDS))
                    .as("counted while the first transaction still holds the lock")
                    .isNotNull();
        } finally {
            release.countDown();
            first.get(10, TimeUnit.SECONDS);
            threads.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
