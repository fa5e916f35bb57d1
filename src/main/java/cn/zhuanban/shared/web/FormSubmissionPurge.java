package cn.zhuanban.shared.web;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes the one-time tokens of forms posted more than a day ago ({@code zhuanban.forms.keep-submissions}), nightly on
 * one node: a resend that late is no double click, and the table would otherwise hold one row per form ever posted.
 * A page kept open longer than that still posts, since its token is no longer known: it counts as a first post.
 */
@Component
class FormSubmissionPurge {

    private final FormSubmissions submissions;
    private final Duration keep;

    FormSubmissionPurge(FormSubmissions submissions, @Value("${zhuanban.forms.keep-submissions:P1D}") Duration keep) {
        this.submissions = submissions;
        this.keep = keep;
    }

    @Scheduled(cron = "${zhuanban.forms.purge-cron:0 40 3 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "form-submission-purge", lockAtMostFor = "PT1H", lockAtLeastFor = "PT30S")
    void nightly() {
        purge();
    }

    /**
     * The purge itself, without the lock: the nightly call holds it, and a direct call (a test's) must not be
     * skipped because a nightly run held it moments before.
     */
    public void purge() {
        submissions.purgeOlderThan(keep);
    }
}
