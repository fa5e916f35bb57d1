package cn.zhuanban.identity.security;

import cn.zhuanban.identity.DormantAccounts;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Disables dormant accounts every night, on one node of the cluster (see {@link DormantAccounts}). */
@Component
class DormantAccountsJob {

    private static final Logger log = LoggerFactory.getLogger(DormantAccountsJob.class);

    private final DormantAccounts accounts;

    DormantAccountsJob(DormantAccounts accounts) {
        this.accounts = accounts;
    }

    @Scheduled(cron = "${zhuanban.identity.dormant-cron:0 30 2 * * *}", zone = "Asia/Shanghai")
    // Nightly: held at least 5 minutes, far more than nodes' clocks drift apart, so a node behind does not run it
    // again.
    @SchedulerLock(name = "dormant-accounts", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    void nightly() {
        int disabled = accounts.disable();
        if (disabled > 0) {
            log.info("Disabled {} dormant accounts", disabled);
        }
    }
}
