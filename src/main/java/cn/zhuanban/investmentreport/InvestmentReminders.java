package cn.zhuanban.investmentreport;

import cn.zhuanban.investmentreport.domain.ReminderStore;
import cn.zhuanban.investmentreport.domain.ReminderStore.Due;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds of missing monthly reports near the end of the reporting window: from {@code
 * reminder-days-before} days before the deadline day up to it, every project owing this month's report
 * and not yet reminded gets one reminder ({@link InvestmentReportMissing}); the reminder row's key
 * (project, month) makes it once per project and month, across runs and nodes. Runs daily under a
 * ShedLock lock.
 */
@Service
public class InvestmentReminders {

    private static final Logger log = LoggerFactory.getLogger(InvestmentReminders.class);

    private final ReminderStore store;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int deadlineDay;
    private final int daysBefore;

    InvestmentReminders(
            ReminderStore store,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${zhuanban.investment.deadline-day:25}") int deadlineDay,
            @Value("${zhuanban.investment.reminder-days-before:3}") int daysBefore) {
        this.store = store;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.deadlineDay = deadlineDay;
        this.daysBefore = daysBefore;
    }

    @Scheduled(cron = "${zhuanban.investment.reminder-cron:0 0 9 * * *}", zone = "Asia/Shanghai")
    // Daily job: held at least 5 minutes, far more than the clocks of two nodes drift apart, so the node whose clock is
    // behind finds the lock still taken instead of running it again.
    @SchedulerLock(name = "investment-report-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    public void daily() {
        // In a transaction of its own: calling remind() on this object passes by the @Transactional proxy, and an
        // event published outside a transaction reached its listener only through the resubmission job, 15 minutes on.
        Integer sent = tx.execute(status -> remind(LocalDate.now(clock), null));
        if (sent != null && sent > 0) {
            log.info("Reminded {} projects of a missing monthly investment report", sent);
        }
    }

    /** Sends the reminders due on {@code today}; returns how many projects were reminded now. */
    @Transactional
    public int remind(LocalDate today) {
        return remind(today, null);
    }

    /** As {@link #remind(LocalDate)}, for one enterprise's projects only when {@code enterpriseId} is given. */
    @Transactional
    int remind(LocalDate today, Long enterpriseId) {
        if (!inWindow(today)) {
            return 0;
        }
        YearMonth month = YearMonth.from(today);
        int sent = 0;
        for (Due due : store.dueWithoutReminder(month, enterpriseId)) {
            if (store.markReminded(due.projectId(), month, clock.instant())) {
                events.publishEvent(new InvestmentReportMissing(
                        due.projectId(), due.projectName(), month, deadlineDay, store.recipients(due.projectId())));
                sent++;
            }
        }
        return sent;
    }

    /** Within the last {@code daysBefore} days before the deadline day, the deadline day included. */
    boolean inWindow(LocalDate today) {
        int deadline = Math.min(deadlineDay, today.lengthOfMonth());
        return today.getDayOfMonth() <= deadline && today.getDayOfMonth() >= deadline - daysBefore;
    }
}
