package cn.zhuanban.dashboard.cockpit;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps each scope's cockpit figures for a short while. The figures aggregate whole tables (a
 * province has 100,000 tickets and 250,000 plan rows); leaders who open the cockpit at the same
 * time share one computation instead of each repeating it, and the figures are at most one
 * interval old. Everyone with the whole district in scope and the same permissions shares an
 * entry; any narrower scope is keyed by the user, so no figure crosses a scope (two handlers of one
 * department do not share either: their ticket figures include the tickets each reported). Per node, which is
 * harmless: each node computes at most once per interval.
 */
@Component
class CockpitCache {

    static final int MAX_ENTRIES = 1_000;

    record Key(Object scope, Set<String> permissions, int year, LocalDate today, Locale locale) {}

    /** The figures of one key, or the computation that will give them, until {@code expires}. */
    private record Entry(CompletableFuture<CockpitData> data, Instant expires) {}

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final Clock clock;

    CockpitCache(@Value("${zhuanban.cockpit.cache-ttl:PT60S}") Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
    }

    static Key key(CurrentUser user, int year, LocalDate today, Locale locale) {
        Object scope = user.dataScope() == DataScope.ALL ? DataScope.ALL : user.id();
        return new Key(scope, user.permissions(), year, today, locale);
    }

    /**
     * The entry's figures, computed once per key and interval: users who miss the cache at the same
     * moment (the interval ran out while several leaders had the cockpit open) wait for the one
     * computation already running instead of each starting their own.
     */
    CockpitData get(Key key, Supplier<CockpitData> compute) {
        if (ttl.isZero()) {
            return compute.get();
        }
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry == null || !now.isBefore(entry.expires())) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.values().removeIf(e -> !now.isBefore(e.expires()));
                if (entries.size() >= MAX_ENTRIES) {
                    entries.clear();
                }
            }
            Entry mine = new Entry(new CompletableFuture<>(), now.plus(ttl));
            entry = entries.compute(key, (k, old) -> old != null && now.isBefore(old.expires()) ? old : mine);
            if (entry == mine) {
                try {
                    mine.data().complete(compute.get());
                } catch (RuntimeException | Error e) {
                    entries.remove(key, mine);
                    mine.data().completeExceptionally(e);
                    throw e;
                }
            }
        }
        try {
            return entry.data().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
