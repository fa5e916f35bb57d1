package cn.zhuanban.serviceevaluation;

import java.time.YearMonth;
import java.util.List;

/**
 * An enterprise said it is dissatisfied with its task force's service this month (a new rating, or a change to
 * 不满意): the notification module tells the recipients, the task force's lead and chief service officer and the
 * project's lead official. {@code revision} tells the occasions apart, so a re-delivered event tells nobody twice.
 */
public record ServiceDissatisfied(
        long evaluationId,
        int revision,
        long projectId,
        String projectName,
        String taskForceName,
        YearMonth month,
        String comment,
        List<Long> recipientIds) {

    public ServiceDissatisfied {
        recipientIds = List.copyOf(recipientIds);
    }
}
