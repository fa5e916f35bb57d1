package cn.zhuanban.dashboard.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** District-wide users share the cockpit's figures for a minute; narrower scopes never share. */
class CockpitCacheTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T02:00:00Z"));
    final CockpitCache cache = new CockpitCache(Duration.ofSeconds(60), clock);
    final AtomicInteger computed = new AtomicInteger();

    @Test
    void districtWideUsersWithTheSamePermissionsShareOneComputationForAMinute() {
        figures(user(1, DataScope.ALL));
        figures(user(2, DataScope.ALL));
        assertThat(computed).hasValue(1);

        clock.advance(Duration.ofSeconds(61));
        figures(user(2, DataScope.ALL));
        assertThat(computed).hasValue(2);
    }

    @Test
    void narrowerScopesAndOtherPermissionsAreComputedApart() {
        figures(user(1, DataScope.LED_PROJECTS));
        figures(user(2, DataScope.LED_PROJECTS));
        figures(new CurrentUser(3, "u3", "u3", null, null, DataScope.ALL, Set.of(), Set.of("other")));
        assertThat(computed).hasValue(3);
    }

    @Test
    void usersWhoMissAtTheSameMomentWaitForTheOneComputation() throws Exception {
        CockpitData data = new CockpitData(
                2026, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        var key = CockpitCache.key(user(1, DataScope.ALL), 2026, TODAY, Locale.CHINA);
        CompletableFuture<CockpitData> first = CompletableFuture.supplyAsync(() -> cache.get(key, () -> {
            computed.incrementAndGet();
            computing.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return data;
        }));
        computing.await();
        CompletableFuture<CockpitData> second = CompletableFuture.supplyAsync(() -> cache.get(key, () -> {
            computed.incrementAndGet();
            return null;
        }));
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isSameAs(data);
        assertThat(second.get(10, TimeUnit.SECONDS)).isSameAs(data);
        assertThat(computed).hasValue(1);
    }

    @Test
    void aFailedComputationIsNotKept() {
        var key = CockpitCache.key(user(1, DataScope.ALL), 2026, TODAY, Locale.CHINA);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cache.get(key, () -> {
                    throw new IllegalStateException("database down");
                }))
                .hasMessage("database down");
        figures(user(1, DataScope.ALL));
        assertThat(computed).hasValue(1);
    }

    private void figures(CurrentUser user) {
        cache.get(CockpitCache.key(user, 2026, TODAY, Locale.CHINA), () -> {
            computed.incrementAndGet();
            return null;
        });
    }

    private static CurrentUser user(long id, DataScope scope) {
        return new CurrentUser(id, "u" + id, "u" + id, null, null, scope, Set.of(), Set.of("home:cockpit:view"));
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
