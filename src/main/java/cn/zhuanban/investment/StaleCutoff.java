package cn.zhuanban.investment;

import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.investment.domain.RegistryQueries;
import cn.zhuanban.investment.domain.StaleRule;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Today's stale cut-off on the administrative calendar with the configured number of working days. */
@Component
class StaleCutoff {

    private final CalendarManagement calendar;
    private final RegistryQueries registry;
    private final Clock clock;

    StaleCutoff(CalendarManagement calendar, RegistryQueries registry, Clock clock) {
        this.calendar = calendar;
        this.registry = registry;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    LocalDate cutoff() {
        return StaleRule.cutoff(calendar.administrative(), today(), registry.staleWorkingDays());
    }
}
