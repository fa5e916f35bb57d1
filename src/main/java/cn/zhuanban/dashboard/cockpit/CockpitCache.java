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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps each scope's cockpit figures for a short while. The figures aggregate whole tables (a
 * province has 100,000 tickets and 250,000 plan rows); leaders who open the cockpit at the same
 * time share one computation instead of each repeating it, and the figures are at most one
 * interval old. Everyone with the whole district in scope and the same permissions shares an
 * entry; any narrower scope is keyed by the user, so no figure crosses a scope. Per node, which is
 * harmless: each node computes at most once per interval.
 */
@Component
class CockpitCache {

    static final int MAX_ENTRIES = 1_000;

    record Key(Object scope, Set<String> permissions, int year, LocalDate today, Locale locale) {}

    private record Entry(CockpitData data, Instant expires) {}

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

    CockpitData get(Key key, Supplier<CockpitData> compute) {
        if (ttl.isZero()) {
            return compute.get();
        }
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry != null && now.isBefore(entry.expires())) {
            return entry.data();
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> !now.isBefore(e.expires()));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        CockpitData data = compute.get();
        entries.put(key, new Entry(data, now.plus(ttl)));
        return data;
    }
}
