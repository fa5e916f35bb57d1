package cn.zhuanban.calendar;

import cn.zhuanban.calendar.domain.CalendarStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * First start: loads the shipped holiday-cn years (2007 onward) into an empty calendar. Later
 * years are added by administrators, by form or by uploading the same JSON format.
 */
@Component
@Order(1)
class CalendarBootstrap implements ApplicationRunner {

    private final CalendarStore store;

    CalendarBootstrap(CalendarStore store) {
        this.store = store;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (!store.isEmpty()) {
            return;
        }
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:holiday-cn/*.json")) {
            try (InputStream in = file.getInputStream()) {
                HolidayCnJson.Year year = HolidayCnJson.read(in);
                store.replaceYear(year.year(), year.days());
            } catch (UncheckedIOException e) {
                throw new IllegalStateException("Bad shipped holiday file " + file.getFilename(), e);
            }
        }
        store.bump();
    }
}
