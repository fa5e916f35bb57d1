package cn.zhuanban.servicechecklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

class ConcurrentEditsTests {

    @Test
    void workThatLostARaceForAnItemRunsAgainAndCompletes() {
        AtomicInteger runs = new AtomicInteger();
        ConcurrentEdits.retried(() -> {
            if (runs.incrementAndGet() < 3) {
                throw new OptimisticLockingFailureException("service_item 72 changed meanwhile");
            }
        });
        assertThat(runs).hasValue(3);
    }

    @Test
    void afterThreeLostRacesTheFailureIsLeftToTheResubmissionJob() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> ConcurrentEdits.retried(() -> {
                    runs.incrementAndGet();
                    throw new OptimisticLockingFailureException("always changed");
                }))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(runs).hasValue(ConcurrentEdits.ATTEMPTS);
    }

    @Test
    void otherFailuresAreNotRepeated() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> ConcurrentEdits.retried(() -> {
                    runs.incrementAndGet();
                    throw new IllegalStateException("plan does not schedule");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(runs).hasValue(1);
    }
}
