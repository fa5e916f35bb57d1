package cn.zhuanban.notification.domain;

import cn.zhuanban.investmentreport.InvestmentReportMissing;
import cn.zhuanban.notification.NotificationManagement;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A missing monthly investment report (issue 7): the people the investment report module named are
 * told once per project and month (the key makes a re-delivered event change nothing). The listener id
 * is fixed because the event publication registry stores it.
 */
@Component
class InvestmentReportNotifications {

    static final String MISSING_LISTENER = "notification.investment-report-missing";

    private final NotificationManagement notifications;

    InvestmentReportNotifications(NotificationManagement notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener(id = MISSING_LISTENER)
    void on(InvestmentReportMissing missing) {
        if (missing.recipientIds().isEmpty()) {
            return;
        }
        notifications.notify(
                missing.recipientIds(),
                "notification.investment.missing",
                List.of(missing.projectName(), missing.month().toString(), Integer.toString(missing.deadlineDay())),
                "/investment-reports/projects/" + missing.projectId(),
                "investment-missing:" + missing.projectId() + ":" + missing.month());
    }
}
