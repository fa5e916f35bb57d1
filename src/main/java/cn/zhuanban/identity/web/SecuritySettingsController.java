package cn.zhuanban.identity.web;

import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.domain.SecuritySettings;
import cn.zhuanban.identity.security.SecuritySettingsAudit;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Lockout and password settings, kept by the security administrator. */
@Controller
@Validated
class SecuritySettingsController {

    private final SecuritySettings settings;
    private final SecuritySettingsAudit audit;

    SecuritySettingsController(SecuritySettings settings, SecuritySettingsAudit audit) {
        this.settings = settings;
        this.audit = audit;
    }

    @GetMapping("/admin/security")
    @PreAuthorize("hasAuthority('" + Permissions.SECURITY_SETTINGS + "')")
    String show(Model model) {
        model.addAttribute("settings", settings.all());
        return "identity/security";
    }

    @PostMapping("/admin/security")
    @PreAuthorize("hasAuthority('" + Permissions.SECURITY_SETTINGS + "')")
    String save(
            @RequestParam @Min(3) @Max(10) int maxFailedAttempts,
            @RequestParam @Min(5) @Max(1440) int lockMinutes,
            @RequestParam @Min(8) @Max(64) int passwordMinLength,
            RedirectAttributes redirect) {
        audit.change(SecuritySettings.MAX_FAILED_ATTEMPTS, maxFailedAttempts);
        audit.change(SecuritySettings.LOCK_MINUTES, lockMinutes);
        audit.change(SecuritySettings.PASSWORD_MIN_LENGTH, passwordMinLength);
        redirect.addFlashAttribute("flash", "admin.saved");
        return "redirect:/admin/security";
    }
}
