package cn.zhuanban.notification.web;

import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.notification.Channel;
import cn.zhuanban.notification.DeliveryFilter;
import cn.zhuanban.notification.DeliveryLedger;
import cn.zhuanban.notification.DeliveryStatus;
import cn.zhuanban.notification.DeliveryView;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.shared.web.Paging;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The delivery log and the mail outbox, for the system administrator. */
@Controller
@RequestMapping("/admin/notifications")
class DeliveryAdminController {

    private final DeliveryLedger ledger;
    private final UserDirectory users;

    DeliveryAdminController(DeliveryLedger ledger, UserDirectory users) {
        this.ledger = ledger;
        this.users = users;
    }

    @GetMapping("/deliveries")
    @PreAuthorize("hasAuthority('" + Permissions.NOTIFICATION_DELIVERY_VIEW + "')")
    String deliveries(
            @ModelAttribute DeliveryFilter filter,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            HttpServletRequest request,
            Model model) {
        PageResult<DeliveryView> result = ledger.search(filter, PageQuery.ofList(page, size, 20));
        model.addAttribute("filter", filter);
        model.addAttribute("result", result);
        model.addAttribute(
                "names",
                users.namesOf(
                        result.content().stream().map(DeliveryView::userId).toList()));
        model.addAttribute("statuses", DeliveryStatus.values());
        model.addAttribute("channels", Channel.values());
        return Paging.isHtmx(request) ? "notification/deliveries :: rows" : "notification/deliveries";
    }

    @GetMapping("/mail-outbox")
    @PreAuthorize("hasAuthority('" + Permissions.NOTIFICATION_DELIVERY_VIEW + "')")
    String mailOutbox(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("result", ledger.mailOutbox(q, PageQuery.ofList(page, size, 20)));
        return "notification/mail-outbox";
    }
}
