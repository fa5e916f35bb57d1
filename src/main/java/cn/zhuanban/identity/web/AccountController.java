package cn.zhuanban.identity.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.domain.SecuritySettings;
import cn.zhuanban.identity.security.ApiTokens;
import cn.zhuanban.identity.security.SessionRefresh;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's own account: password change (forced at first login) and personal API tokens. */
@Controller
class AccountController {

    private final IdentityManagement identity;
    private final ApiTokens tokens;
    private final FormErrors formErrors;
    private final SessionRefresh sessionRefresh;
    private final SecuritySettings settings;

    AccountController(
            IdentityManagement identity,
            ApiTokens tokens,
            FormErrors formErrors,
            SessionRefresh sessionRefresh,
            SecuritySettings settings) {
        this.identity = identity;
        this.tokens = tokens;
        this.formErrors = formErrors;
        this.sessionRefresh = sessionRefresh;
        this.settings = settings;
    }

    @GetMapping("/account/password")
    String passwordForm(Model model) {
        model.addAttribute("errors", Map.of());
        return passwordPage(model);
    }

    /** The page states the rules in force now: they are security settings. */
    private String passwordPage(Model model) {
        model.addAttribute("minLength", settings.passwordPolicy().minLength());
        model.addAttribute("history", settings.passwordHistory());
        model.addAttribute("maxAgeDays", settings.passwordMaxAgeDays());
        return "identity/password";
    }

    @PostMapping("/account/password")
    String changePassword(
            CurrentUser user,
            @RequestParam(required = false) String currentPassword,
            @RequestParam(required = false) String newPassword,
            @RequestParam(required = false) String confirmPassword,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> missing = missing(Map.of(
                "currentPassword", nullToEmpty(currentPassword),
                "newPassword", nullToEmpty(newPassword),
                "confirmPassword", nullToEmpty(confirmPassword)));
        if (!missing.isEmpty()) {
            // A form sent without its fields (a script, a stale page) comes back with each one marked, not a 400.
            model.addAttribute("errors", missing);
            return passwordPage(model);
        }
        try {
            if (!newPassword.equals(confirmPassword)) {
                throw new BusinessException(ErrorCode.VALIDATION, "confirmPassword");
            }
            identity.changeOwnPassword(user.id(), currentPassword, newPassword);
        } catch (BusinessException e) {
            model.addAttribute(
                    "errors",
                    e.field() != null && e.field().equals("confirmPassword")
                            ? Map.of("confirmPassword", "")
                            : formErrors.of(e));
            return passwordPage(model);
        }
        sessionRefresh.reload(user.id(), request, response);
        redirect.addFlashAttribute("flash", "account.password.changed");
        return "redirect:/";
    }

    /** Each empty field with the required-field message, in the form's order. */
    private Map<String, String> missing(Map<String, String> fields) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (String field : List.of("currentPassword", "newPassword", "confirmPassword")) {
            if (fields.get(field).isEmpty()) {
                errors.putAll(formErrors.of(BusinessException.invalid(field, "validation.required")));
            }
        }
        return errors;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    @GetMapping("/account/tokens")
    @PreAuthorize("hasAuthority('" + Permissions.API_TOKEN + "')")
    String tokens(CurrentUser user, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("tokens", tokens.of(user.id(), PageQuery.of(page, null)));
        model.addAttribute("errors", Map.of());
        return "identity/tokens";
    }

    /** What the token form sends; a blank lifetime is the default, as in the API. */
    record TokenForm(String name, Integer expiresInDays) {}

    /** A refused name or lifetime (also one the browser's checks were skipped for) comes back at its field. */
    @PostMapping("/account/tokens")
    @PreAuthorize("hasAuthority('" + Permissions.API_TOKEN + "')")
    String issue(CurrentUser user, TokenForm form, BindingResult binding, Model model) {
        String page = formErrors.submit(
                binding,
                errors -> {
                    model.addAttribute("typed", form);
                    model.addAttribute("errors", errors);
                    return "identity/tokens";
                },
                () -> {
                    model.addAttribute(
                            "issued", tokens.issue(user.id(), user.username(), form.name(), form.expiresInDays()));
                    model.addAttribute("errors", Map.of());
                    return "identity/tokens";
                });
        model.addAttribute("tokens", tokens.of(user.id(), PageQuery.of(null, null)));
        return page;
    }

    @PostMapping("/account/tokens/{id}/revoke")
    @PreAuthorize("hasAuthority('" + Permissions.API_TOKEN + "')")
    String revoke(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(user.id(), user.username(), id);
        redirect.addFlashAttribute("flash", "account.token.revoked");
        return "redirect:/account/tokens";
    }
}
