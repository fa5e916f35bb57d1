package cn.zhuanban.identity.web;

import cn.zhuanban.identity.domain.SecuritySettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final SecuritySettings settings;

    LoginController(SecuritySettings settings) {
        this.settings = settings;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("lockMinutes", settings.lockMinutes());
        model.addAttribute("maxFailedAttempts", settings.maxFailedAttempts());
        return "identity/login";
    }
}
