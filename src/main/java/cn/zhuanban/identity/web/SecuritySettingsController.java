package cn.zhuanban.identity.web;

import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.domain.SecuritySettings;
import cn.zhuanban.identity.security.SecuritySettingsAudit;
import cn.zhuanban.shared.web.FormErrors;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Lockout and password settings, kept by the security administrator. */
@Controller
class SecuritySettingsController {

    private final SecuritySettings settings;
    private final SecuritySettingsAudit audit;
    private final FormErrors formErrors;

    SecuritySettingsController(SecuritySettings settings, SecuritySettingsAudit audit, FormErrors formErrors) {
        this.settings = settings;
        this.audit = audit;
        this.formErrors = formErrors;
    }

    @GetMapping("/admin/security")
    @PreAuthorize("hasAuthority('" + Permissions.SECURITY_SETTINGS + "')")
    String show(Model model) {
        model.addAttribute("settings", settings.all());
        return "identity/security";
    }

    @PostMapping("/admin/security")
    @PreAuthorize("hasAuthority('" + Permissions.SECURITY_SETTINGS + "')")
    String save(@Valid @ModelAttribute Form form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            // The posted values go back into the form beside their messages; nothing is saved.
            Map<String, Object> posted = new HashMap<>(settings.all());
            posted.put(SecuritySettings.MAX_FAILED_ATTEMPTS, form.maxFailedAttempts());
            posted.put(SecuritySettings.LOCK_MINUTES, form.lockMinutes());
            posted.put(SecuritySettings.PASSWORD_MIN_LENGTH, form.passwordMinLength());
            posted.put(SecuritySettings.PASSWORD_MAX_AGE_DAYS, form.passwordMaxAgeDays());
            posted.put(SecuritySettings.PASSWORD_HISTORY, form.passwordHistory());
            posted.put(SecuritySettings.DORMANT_DAYS, form.dormantDays());
            posted.put(SecuritySettings.SESSIONS_PER_USER, form.sessionsPerUser());
            model.addAttribute("settings", posted);
            model.addAttribute("errors", formErrors.of(binding));
            return "identity/security";
        }
        audit.change(SecuritySettings.MAX_FAILED_ATTEMPTS, form.maxFailedAttempts());
        audit.change(SecuritySettings.LOCK_MINUTES, form.lockMinutes());
        audit.change(SecuritySettings.PASSWORD_MIN_LENGTH, form.passwordMinLength());
        audit.change(SecuritySettings.PASSWORD_MAX_AGE_DAYS, form.passwordMaxAgeDays());
        audit.change(SecuritySettings.PASSWORD_HISTORY, form.passwordHistory());
        audit.change(SecuritySettings.DORMANT_DAYS, form.dormantDays());
        audit.change(SecuritySettings.SESSIONS_PER_USER, form.sessionsPerUser());
        redirect.addFlashAttribute("flash", "admin.saved");
        return "redirect:/admin/security";
    }

    /** The settings as posted; the bounds keep lockout meaningful and the password rule at MLPS level 3 or above. */
    record Form(
            @NotNull(message = "{validation.required}")
            @Min(value = 3, message = "{security.range.max-failed-attempts}")
            @Max(value = 10, message = "{security.range.max-failed-attempts}")
            Integer maxFailedAttempts,

            @NotNull(message = "{validation.required}")
            @Min(value = 5, message = "{security.range.lock-minutes}")
            @Max(value = 1440, message = "{security.range.lock-minutes}")
            Integer lockMinutes,

            @NotNull(message = "{validation.required}")
            @Min(value = 8, message = "{security.range.password-min-length}")
            @Max(value = 64, message = "{security.range.password-min-length}")
            Integer passwordMinLength,

            @NotNull(message = "{validation.required}")
            @Min(value = 0, message = "{security.range.password-max-age-days}")
            @Max(value = 365, message = "{security.range.password-max-age-days}")
            Integer passwordMaxAgeDays,

            @NotNull(message = "{validation.required}")
            @Min(value = 1, message = "{security.range.password-history}")
            @Max(value = 24, message = "{security.range.password-history}")
            Integer passwordHistory,

            @NotNull(message = "{validation.required}")
            @Min(value = 0, message = "{security.range.dormant-days}")
            @Max(value = 3650, message = "{security.range.dormant-days}")
            Integer dormantDays,

            @NotNull(message = "{validation.required}")
            @Min(value = 0, message = "{security.range.sessions-per-user}")
            @Max(value = 10, message = "{security.range.sessions-per-user}")
            Integer sessionsPerUser) {}
}
