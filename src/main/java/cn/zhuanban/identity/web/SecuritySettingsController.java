package cn.zhuanban.identity.web;

import cn.zhuanban.identity.MlpsBaseline;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.domain.SecuritySettings;
import cn.zhuanban.identity.security.SecuritySettingsAudit;
import cn.zhuanban.shared.ChangedMeanwhile;
import cn.zhuanban.shared.web.FormErrors;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Lockout, password, idle-account, session and second-factor settings, kept by the security administrator. One table of fields
 * serves the page and the check: each is a whole number within bounds that keep lockout meaningful and the password
 * rule at MLPS level 3 or above; a value outside them comes back beside its input and nothing is saved.
 */
@Controller
class SecuritySettingsController {

    /**
     * A setting on the page: its stored name, its form field, its bounds and (from the field) its message keys; a
     * setting with choices is one of them (stored as its index, labelled security.<key>.<choice>), not a free number.
     */
    record Field(String setting, String field, int min, int max, List<String> choices) {

        Field(String setting, String field, int min, int max) {
            this(setting, field, min, max, List.of());
        }

        /** {@code maxFailedAttempts} → {@code max-failed-attempts}: the label is security.…, the range security.range.…. */
        public String key() {
            return field.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
        }
    }

    static final List<Field> FIELDS = List.of(
            new Field(SecuritySettings.MAX_FAILED_ATTEMPTS, "maxFailedAttempts", 3, 10),
            new Field(SecuritySettings.LOCK_MINUTES, "lockMinutes", 5, 1440),
            new Field(SecuritySettings.PASSWORD_MIN_LENGTH, "passwordMinLength", 8, 64),
            new Field(SecuritySettings.PASSWORD_MAX_AGE_DAYS, "passwordMaxAgeDays", 0, 365),
            new Field(SecuritySettings.PASSWORD_HISTORY, "passwordHistory", 1, 24),
            new Field(SecuritySettings.DORMANT_DAYS, "dormantDays", 0, 3650),
            new Field(SecuritySettings.SESSIONS_PER_USER, "sessionsPerUser", 0, 10),
            new Field(
                    SecuritySettings.SECOND_FACTOR_REQUIRED,
                    "secondFactorRequired",
                    0,
                    2,
                    List.of("nobody", "administrators", "everyone")));

    private final SecuritySettings settings;
    private final SecuritySettingsAudit audit;
    private final MessageSource messages;
    private final FormErrors formErrors;
    private final MlpsBaseline baseline;

    SecuritySettingsController(
            SecuritySettings settings,
            SecuritySettingsAudit audit,
            MessageSource messages,
            FormErrors formErrors,
            MlpsBaseline baseline) {
        this.baseline = baseline;
        this.settings = settings;
        this.audit = audit;
        this.messages = messages;
        this.formErrors = formErrors;
    }

    @GetMapping("/admin/security")
    @PreAuthorize("hasAuthority('" + Permissions.SECURITY_SETTINGS + "')")
    String show(Model model) {
        return page(model, new HashMap<>(settings.all()), settings.version(), Map.of());
    }

    @PostMapping("/admin/security")
    @PreAuthorize("hasAuthority('" + Permissions.SECURITY_SETTINGS + "')")
    String save(
            @RequestParam Map<String, String> posted,
            @RequestParam(defaultValue = "-1") int version,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Map<String, Integer> values = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (Field f : FIELDS) {
            String raw = posted.getOrDefault(f.field(), "").strip();
            Integer value = raw.matches("-?\\d{1,9}") ? Integer.valueOf(raw) : null;
            if (raw.isEmpty()) {
                errors.put(f.field(), messages.getMessage("validation.required", null, locale));
            } else if (value == null || value < f.min() || value > f.max()) {
                errors.put(f.field(), messages.getMessage("security.range." + f.key(), null, locale));
            } else {
                values.put(f.setting(), value);
            }
        }
        if (errors.isEmpty()) {
            try {
                audit.changeAll(values, version);
            } catch (ChangedMeanwhile e) {
                errors.putAll(formErrors.changedMeanwhile(e));
            }
        }
        if (!errors.isEmpty()) {
            // The posted values go back into the form beside their messages; nothing is saved.
            Map<String, Object> shown = new HashMap<>(settings.all());
            FIELDS.forEach(f -> shown.put(f.setting(), posted.get(f.field())));
            return page(model, shown, version, errors);
        }
        redirect.addFlashAttribute("flash", "admin.saved");
        return "redirect:/admin/security";
    }

    private String page(Model model, Map<String, Object> shown, int version, Map<String, String> errors) {
        model.addAttribute("fields", FIELDS);
        model.addAttribute("mlpsShortfalls", baseline.shortfalls());
        model.addAttribute("version", version);
        model.addAttribute("settings", shown);
        model.addAttribute("errors", errors);
        return "identity/security";
    }
}
