package cn.zhuanban.calendar;

import cn.zhuanban.calendar.domain.CalendarStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads every shipped holiday-cn year (2007 onward) that the calendar does not have yet: all of them on the first
 * start, and on an upgrade the years a new release ships. Years already in (shipped earlier or uploaded by an
 * administrator, perhaps corrected) are left as they are. Later years are added by administrators, by form or by
 * uploading the same JSON format.
 */
@Component
@Order(1)
class CalendarBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CalendarBootstrap.class);

    private final CalendarStore store;
    private final CalendarManagement calendars;

    CalendarBootstrap(CalendarStore store, CalendarManagement calendars) {
        this.store = store;
        this.calendars = calendars;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        store.lock();
        Set<Integer> published = store.publishedYears();
        // On an upgrade, deadlines already counted over a newly shipped year are recounted; a new district has none.
        WorkingCalendar before = null;
        List<Integer> loaded = new ArrayList<>();
        int days = 0;
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:holiday-cn/*.json")) {
            try (InputStream in = file.getInputStream()) {
                HolidayCnJson.Year year = HolidayCnJson.read(in);
                // An empty file (2027 ships as a placeholder until its arrangement is published) brings nothing to
                // load.
                if (!published.contains(year.year()) && !year.days().isEmpty()) {
                    // Built only when a year is loaded: most starts load nothing.
                    if (before == null && !published.isEmpty()) {
                        before = calendars.storedAdministrative();
                    }
                    store.replaceYear(year.year(), year.days());
                    loaded.add(year.year());
                    days += year.days().size();
                }
            } catch (UncheckedIOException e) {
                throw new IllegalStateException("Bad shipped holiday file " + file.getFilename(), e);
            }
        }
        if (!loaded.isEmpty()) {
            // Told like an administrator's import (CalendarChanged, then WorkingDaysChanged), so that what was
            // judged on the calendar is judged again at once, not at the next nightly run.
            calendars.shippedYearsLoaded(loaded, days);
            log.info("Loaded the shipped holiday arrangements of {}", loaded);
            if (before != null) {
                calendars.announceChangedDays(
                        before,
                        LocalDate.of(Collections.min(loaded) - 1, 12, 1),
                        LocalDate.of(Collections.max(loaded), 12, 31));
            }
        }
    }
}
