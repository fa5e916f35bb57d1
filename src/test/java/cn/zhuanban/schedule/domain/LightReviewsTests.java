package cn.zhuanban.schedule.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A plan's next review day is kept once per plan, whoever sets it: several refreshes of a plan never reviewed before
 * (ticket steps landing together) all land, in their own transactions, instead of one failing on the duplicate key.
 */
@IntegrationTest
class LightReviewsTests {

    @Autowired
    LightReviews reviews;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void refreshesOfANeverReviewedPlanAtOnceAllLand() throws Exception {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        for (int round = 0; round < 20; round++) {
            long project = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41);
            int refreshes = 6;
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(refreshes);
            try {
                List<Future<?>> runs = new ArrayList<>();
                for (int r = 0; r < refreshes; r++) {
                    LocalDate day = LocalDate.of(2026, 12, 1).plusDays(r);
                    runs.add(pool.submit(() -> {
                        go.await();
                        tx.executeWithoutResult(status -> reviews.dueOn(project, day));
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> run : runs) {
                    run.get(); // a duplicate key would throw here
                }
            } finally {
                pool.shutdown();
            }
            assertThat(jdbc.sql("select count(*) from plan_light_review where project_id = :p")
                            .param("p", project)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        }
    }
}
