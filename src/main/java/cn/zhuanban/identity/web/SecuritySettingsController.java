package cn.zhuanban.identity.web;

import cn.zhuanban.identity.MlpsBaseline;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.RoleManagement;
import cn.zhuanban.identity.RoleView;
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
 * rule at MLPS level 3 or above; a value outside them comes back beside its input and nothing is saved. Below them,
 * each role may have a session limit of its own (e.g. 1 for the administrators), or none to follow the global one.
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
    private final RoleManagement roles;

    /** The form field of a role's own session limit. */
    static final String ROLE_SESSIONS = "roleSessions-";

    /** Bounds of a role's own session limit: those of the global one, less "no limit" (a blank field is that). */
    private static final int ROLE_SESSIONS_MIN = 1;

    private static final int ROLE_SESSIONS_MAX = 10;

    SecuritySettingsController(
            SecuritySettings settings,
            SecuritySettingsAudit audit,
            MessageSource messages,
            FormErrors formErrors,
            MlpsBaseline baseline,
            RoleManagement roles) {
        this.baseline = baseline;
        this.roles = roles;
        this.settings = settings;
        this.audit = audit;
        this.messages = messages;
        this.formErrors = formErrors;
    }

    @GetMapping("/admin/security")
    @PreAuthorize("hasAuthority('" + Permissions.SECURITY_SETTINGS + "')")
    String show(Model model) {
        return page(model, new HashMap<>(settings.all()), shownRoleSessions(), settings.version(), Map.of());
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
        Map<String, Integer> roleSessions = roleSessions(posted, errors, locale);
        if (errors.isEmpty()) {
            try {
                audit.changeAll(values, roleSessions, version);
            } catch (ChangedMeanwhile e) {
                errors.putAll(formErrors.changedMeanwhile(e));
            }
        }
        if (!errors.isEmpty()) {
            // The posted values go back into the form beside their messages; nothing is saved.
            Map<String, Object> shown = new HashMap<>(settings.all());
            FIELDS.forEach(f -> shown.put(f.setting(), posted.get(f.field())));
            Map<String, String> shownRoles = shownRoleSessions();
            roles.all().stream()
                    .filter(r -> posted.containsKey(ROLE_SESSIONS + r.code()))
                    .forEach(r -> shownRoles.put(r.code(), posted.get(ROLE_SESSIONS + r.code())));
            return page(model, shown, shownRoles, version, errors);
        }
        redirect.addFlashAttribute("flash", "admin.saved");
        return "redirect:/admin/security";
    }

    /**
     * The posted limits of single roles by role code, null for a blank one (the role follows the global limit); a role
     * the form did not post keeps its limit. A value outside the bounds goes into {@code errors}.
     */
    private Map<String, Integer> roleSessions(Map<String, String> posted, Map<String, String> errors, Locale locale) {
        Map<String, Integer> limits = new HashMap<>();
        for (RoleView role : roles.all()) {
            String field = ROLE_SESSIONS + role.code();
            if (!posted.containsKey(field)) {
                continue;
            }
            String raw = posted.get(field).strip();
            Integer value = raw.matches("\\d{1,9}") ? Integer.valueOf(raw) : null;
            if (raw.isEmpty()) {
                limits.put(role.code(), null);
            } else if (value == null || value < ROLE_SESSIONS_MIN || value > ROLE_SESSIONS_MAX) {
                errors.put(field, messages.getMessage("security.range.role-sessions", null, locale));
            } else {
                limits.put(role.code(), value);
            }
        }
        return limits;
    }

    private Map<String, String> shownRoleSessions() {
        Map<String, String> shown = new HashMap<>();
        settings.sessionsPerRole().forEach((code, limit) -> shown.put(code, limit.toString()));
        return shown;
    }

    private String page(
            Model model,
            Map<String, Object> shown,
            Map<String, String> roleSessions,
            int version,
            Map<String, String> errors) {
        model.addAttribute("fields", FIELDS);
        model.addAttribute("roles", roles.all());
        model.addAttribute("roleSessions", roleSessions);
        model.addAttribute("roleSessionsField", ROLE_SESSIONS);
        model.addAttribute("mlpsShortfalls", baseline.shortfalls());
        model.addAttribute("version", version);
        model.addAttribute("settings", shown);
        model.addAttribute("errors", errors);
        return "identity/security";
    }
}
