package cn.zhuanban.notification.web;

import cn.zhuanban.notification.NotificationManagement;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the unread badge. The count is taken only when the layout renders it (not for
 * redirects or fragments), with one indexed query. Not an htmx poll: polling would keep idle
 * sessions alive forever and defeat the session timeout.
 */
@ControllerAdvice(annotations = Controller.class)
class InboxBadgeAdvice {

    /** What the layout calls, with the id of the logged-in user. */
    static final class InboxBadge {

        private final NotificationManagement notifications;

        InboxBadge(NotificationManagement notifications) {
            this.notifications = notifications;
        }

        public long unread(long userId) {
            return notifications.unreadCount(userId);
        }
    }

    private final InboxBadge badge;

    InboxBadgeAdvice(NotificationManagement notifications) {
        this.badge = new InboxBadge(notifications);
    }

    @ModelAttribute("inboxBadge")
    InboxBadge inboxBadge() {
        return badge;
    }
}
