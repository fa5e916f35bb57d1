package cn.zhuanban.notification.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.notification.ChannelPreferences;
import cn.zhuanban.notification.NotificationSettings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user chooses channels besides the inbox; the page shows where each would reach them. */
@Controller
@RequestMapping("/account/notifications")
class PreferencesController {

    private final NotificationSettings settings;
    private final UserDirectory users;

    PreferencesController(NotificationSettings settings, UserDirectory users) {
        this.settings = settings;
        this.users = users;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String form(CurrentUser user, Model model) {
        model.addAttribute("preferences", settings.preferencesOf(user.id()));
        model.addAttribute("account", users.user(user.id()));
        model.addAttribute("robotAvailable", settings.hasRobot(user.departmentId()));
        return "notification/preferences";
    }

    @PostMapping
    @PreAuthorize("isAuthenticated()")
    String save(
            CurrentUser user,
            @RequestParam(defaultValue = "false") boolean email,
            @RequestParam(defaultValue = "false") boolean sms,
            @RequestParam(defaultValue = "false") boolean robot,
            RedirectAttributes redirect) {
        settings.choose(user.id(), new ChannelPreferences(email, sms, robot));
        redirect.addFlashAttribute("flash", "admin.saved");
        return "redirect:/account/notifications";
    }
}
