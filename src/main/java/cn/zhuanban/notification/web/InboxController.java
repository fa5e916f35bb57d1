package cn.zhuanban.notification.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.notification.InboxItemView;
import cn.zhuanban.notification.NotificationManagement;
import cn.zhuanban.shared.PageQuery;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every user's own inbox: newest first, unread highlighted; opening an item marks it read. */
@Controller
@RequestMapping("/inbox")
@PreAuthorize("isAuthenticated()")
class InboxController {

    private final NotificationManagement notifications;

    InboxController(NotificationManagement notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String inbox(
            CurrentUser user,
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Locale locale,
            Model model) {
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("q", q);
        model.addAttribute(
                "result", notifications.inbox(user.id(), unread, q, locale, PageQuery.ofList(page, size, 20)));
        return "notification/inbox";
    }

    /** POST because it changes state; then on to what the message is about. */
    @PostMapping("/{id}/open")
    @PreAuthorize("isAuthenticated()")
    String open(CurrentUser user, @PathVariable long id) {
        InboxItemView item = notifications.open(user.id(), id);
        return "redirect:" + (isLocal(item.link()) ? item.link() : "/inbox");
    }

    @PostMapping("/read-all")
    @PreAuthorize("isAuthenticated()")
    String readAll(CurrentUser user, RedirectAttributes redirect) {
        notifications.markAllRead(user.id());
        redirect.addFlashAttribute("flash", "inbox.all-read");
        return "redirect:/inbox";
    }

    /** Only paths inside the platform, so a stored link can never send anyone elsewhere. */
    static boolean isLocal(String link) {
        return link != null && link.startsWith("/") && !link.startsWith("//") && !link.contains("\\");
    }
}
