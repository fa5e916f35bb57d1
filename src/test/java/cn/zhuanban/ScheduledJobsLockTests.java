package cn.zhuanban;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Several nodes share one database and a scheduled job runs on one of them: every {@code @Scheduled} method holds a
 * ShedLock lock, and holds it at least a while ({@code lockAtLeastFor}), else a short job that ended before the other
 * node's timer fired ran there as well, tens of milliseconds later. The pollers that claim each piece of work by a
 * conditional update run on every node on purpose and are listed here.
 */
class ScheduledJobsLockTests {

    private static final Set<String> POLLERS_CLAIMING_BY_UPDATE =
            Set.of("ImportJobWorker.poll", "GeneratedReports.poll");

    private static final Duration DEFAULT_LOCK_AT_MOST_FOR = Duration.ofMinutes(10);

    @Test
    void everyScheduledJobButTheClaimingPollersHoldsItsLockAtLeastAWhile() throws Exception {
        List<String> unlocked = new ArrayList<>();
        List<String> pollers = new ArrayList<>();
        for (Method method : scheduledMethods()) {
            String name = method.getDeclaringClass().getSimpleName() + "." + method.getName();
            SchedulerLock lock = method.getAnnotation(SchedulerLock.class);
            if (POLLERS_CLAIMING_BY_UPDATE.contains(name)) {
                pollers.add(name);
                assertThat(lock)
                        .as("%s claims by a conditional update on every node", name)
                        .isNull();
                continue;
            }
            if (lock == null || lock.lockAtLeastFor().isBlank()) {
                unlocked.add(name);
                continue;
            }
            Duration atLeast = Duration.parse(lock.lockAtLeastFor());
            Duration atMost =
                    lock.lockAtMostFor().isBlank() ? DEFAULT_LOCK_AT_MOST_FOR : Duration.parse(lock.lockAtMostFor());
            assertThat(atLeast).as(name).isPositive().isLessThan(atMost);
            Scheduled scheduled = method.getAnnotation(Scheduled.class);
            if (scheduled.fixedDelay() > 0) {
                assertThat(atLeast).as(name).isLessThan(Duration.ofMillis(scheduled.fixedDelay()));
            }
        }
        assertThat(unlocked)
                .as("scheduled without @SchedulerLock(lockAtLeastFor)")
                .isEmpty();
        assertThat(pollers)
                .as("the allow-list names scheduled methods")
                .containsExactlyInAnyOrderElementsOf(POLLERS_CLAIMING_BY_UPDATE);
    }

    private static List<Method> scheduledMethods() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        List<Method> found = new ArrayList<>();
        for (BeanDefinition bean : scanner.findCandidateComponents("cn.zhuanban")) {
            Class<?> type = ClassUtils.forName(bean.getBeanClassName(), ScheduledJobsLockTests.class.getClassLoader());
            if (String.valueOf(type.getProtectionDomain().getCodeSource().getLocation())
                    .contains("test-classes")) {
                continue; // src/main only
            }
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Scheduled.class)) {
                    found.add(method);
                }
            }
        }
        assertThat(found).as("the scan finds the scheduled jobs").hasSizeGreaterThan(5);
        return found;
    }
}
