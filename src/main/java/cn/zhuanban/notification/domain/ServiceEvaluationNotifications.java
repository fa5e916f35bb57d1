package cn.zhuanban.notification.domain;

import cn.zhuanban.notification.NotificationManagement;
import cn.zhuanban.serviceevaluation.ServiceDissatisfied;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An enterprise dissatisfied with its task force's service: the people the service evaluation module named (the task
 * force's lead and chief service officer, the project's lead official) are told once per rating and revision, so a
 * re-delivered event changes nothing. The listener id is fixed because the event publication registry stores it.
 */
@Component
class ServiceEvaluationNotifications {

    static final String DISSATISFIED_LISTENER = "notification.service-dissatisfied";

    private final NotificationManagement notifications;

    ServiceEvaluationNotifications(NotificationManagement notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener(id = DISSATISFIED_LISTENER)
    void on(ServiceDissatisfied dissatisfied) {
        if (dissatisfied.recipientIds().isEmpty()) {
            return;
        }
        notifications.notify(
                dissatisfied.recipientIds(),
                "notification.service-evaluation.dissatisfied",
                List.of(
                        dissatisfied.projectName(),
                        dissatisfied.month().toString(),
                        dissatisfied.taskForceName(),
                        dissatisfied.comment() == null ? "" : dissatisfied.comment()),
                "/service-evaluations?projectId=" + dissatisfied.projectId(),
                "service-dissatisfied:" + dissatisfied.evaluationId() + ":" + dissatisfied.revision());
    }
}
