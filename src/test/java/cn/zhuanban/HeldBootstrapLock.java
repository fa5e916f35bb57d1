package cn.zhuanban;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.identity.BootstrapLock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plays a second node that holds the {@link BootstrapLock} in an open transaction while a first-start seeding runs on
 * another thread: the seeding must wait for it, and go on once the holder's transaction ends.
 */
public final class HeldBootstrapLock {

    private HeldBootstrapLock() {}

    /** Runs {@code seeding} while the lock is held elsewhere; asserts it waited and then ended normally. */
    public static void assertWaitsForTheLock(
            BootstrapLock lock, PlatformTransactionManager transactions, Runnable seeding) throws Exception {
        // Threads of their own: the common pool may have a single thread, and the seeding would wait for it instead.
        try (ExecutorService nodes = Executors.newFixedThreadPool(2)) {
            assertWaits(lock, transactions, seeding, nodes);
        }
    }

    private static void assertWaits(
            BootstrapLock lock, PlatformTransactionManager transactions, Runnable seeding, ExecutorService nodes)
            throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(
                () -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    lock.take();
                    held.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }),
                nodes);
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> seeded = CompletableFuture.runAsync(seeding, nodes);
        try {
            Thread.sleep(Duration.ofMillis(500));
            assertThat(seeded)
                    .as("the seeding waits while another node holds the lock")
                    .isNotDone();
        } finally {
            release.countDown();
        }
        holder.get(10, TimeUnit.SECONDS);
        seeded.get(10, TimeUnit.SECONDS);
    }
}
