package cn.zhuanban.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.calendar.domain.CalendarStore;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two first uploads of the same year at once both record the year (V179's calendar_year, one row a year): the second
 * one's check for the row cannot see the first one's uncommitted insert, and its own insert then met the primary key
 * when the first committed, failing that upload. The year is one no other test imports, and is removed afterwards.
 */
@IntegrationTest
class CalendarYearRecordingTests {

    private static final int YEAR = 2094;

    @Autowired
    CalendarStore store;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forgetTheYear() {
        jdbc.sql("delete from calendar_year where cal_year = :year")
                .param("year", YEAR)
                .update();
    }

    @Test
    void recordingTheSameYearTwiceKeepsOneRowAndTheTransactionGoesOn() {
        tx.executeWithoutResult(s -> {
            store.recordYear(YEAR);
            store.recordYear(YEAR);
            assertThat(store.revision()).as("the transaction is still usable").isPositive();
        });
        assertThat(rows()).isEqualTo(1);
        assertThat(store.publishedYears()).contains(YEAR);
    }

    @Test
    void twoFirstUploadsOfTheSameYearAtOnceBothSucceed() throws Exception {
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // Threads of their own: the common pool may have a single thread on a small machine.
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Void> first = CompletableFuture.runAsync(
                    () -> tx.executeWithoutResult(s -> {
                        store.recordYear(YEAR);
                        inserted.countDown();
                        await(release);
                    }),
                    threads);
            assertThat(inserted.await(30, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Void> second = CompletableFuture.runAsync(
                    () -> tx.executeWithoutResult(s -> {
                        store.recordYear(YEAR); // waits for the first one's row, which it could not see
                        assertThat(store.revision()).isPositive();
                    }),
                    threads);
            Thread.sleep(300); // let the second insert reach the first one's uncommitted row
            release.countDown();
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
        assertThat(rows()).isEqualTo(1);
    }

    private long rows() {
        return jdbc.sql("select count(*) from calendar_year where cal_year = :year")
                .param("year", YEAR)
                .query(Long.class)
                .single();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
