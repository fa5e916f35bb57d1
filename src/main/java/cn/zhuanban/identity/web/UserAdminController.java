package cn.zhuanban.identity.web;

import cn.zhuanban.identity.CheckedBeforeBinding;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.EnterpriseOverreach;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.RoleManagement;
import cn.zhuanban.identity.RoleView;
import cn.zhuanban.identity.SameDutyUserPaths;
import cn.zhuanban.identity.UserCommands.EditUser;
import cn.zhuanban.identity.UserCommands.Grant;
import cn.zhuanban.identity.UserCommands.NewUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserDirectory.UserFilter;
import cn.zhuanban.identity.UserEnterprises;
import cn.zhuanban.identity.UserPaths;
import cn.zhuanban.identity.UserView;
import cn.zhuanban.identity.security.SecondFactors;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.shared.web.FormErrors;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * User administration. The system administrator creates and edits accounts and resets
 * passwords; the security administrator grants roles and data scopes, unlocks accounts and resets second factors.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final IdentityManagement identity;
    private final UserDirectory directory;
    private final DepartmentManagement departments;
    private final RoleManagement roles;
    private final SecondFactors secondFactors;
    private final UserEnterprises enterprises;
    private final FormErrors formErrors;
    private final EnterpriseOverreach overreach;

    UserAdminController(
            IdentityManagement identity,
            UserDirectory directory,
            DepartmentManagement departments,
            RoleManagement roles,
            SecondFactors secondFactors,
            UserEnterprises enterprises,
            FormErrors formErrors,
            EnterpriseOverreach overreach) {
        this.identity = identity;
        this.directory = directory;
        this.departments = departments;
        this.roles = roles;
        this.secondFactors = secondFactors;
        this.enterprises = enterprises;
        this.formErrors = formErrors;
        this.overreach = overreach;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.USER_VIEW + "')")
    String list(
            @ModelAttribute UserFilter filter,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            CurrentUser user,
            Model model) {
        PageResult<UserView> result = directory.users(filter.checkShownTo(user), PageQuery.ofList(page, size, 20));
        model.addAttribute("filter", filter);
        model.addAttribute("result", result);
        model.addAttribute("departments", departments.tree());
        model.addAttribute("roles", roles.all());
        model.addAttribute("states", UserFilter.State.offeredTo(user));
        if (UserFilter.State.ENTERPRISE_OVERREACH.shownTo(user)) {
            // 企业账号越权: the security administrator sees how many and, beside each listed account, what is wrong
            model.addAttribute("overreachCount", overreach.count());
            model.addAttribute("overreach", overreach.of(result.content()));
        }
        return "identity/users";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('" + Permissions.USER_EDIT + "')")
    String newForm(Model model) {
        return form(model, null, UserFields.BLANK, Map.of());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('" + Permissions.USER_EDIT + "')")
    String create(
            @Valid @ModelAttribute NewUser command, BindingResult binding, Model model, RedirectAttributes redirect) {
        return formErrors.submit(binding, errors -> form(model, null, UserFields.typed(command), errors), () -> {
            long id = identity.createUser(command);
            redirect.addFlashAttribute("flash", "admin.user.created");
            return "redirect:/admin/users/" + id + "/edit";
        });
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyAuthority('" + Permissions.USER_EDIT + "', '" + Permissions.USER_GRANT + "')")
    String editForm(@PathVariable long id, Model model) {
        UserView user = directory.user(id);
        return form(model, user, UserFields.of(user), Map.of());
    }

    @PostMapping("/{id}")
    @CheckedBeforeBinding(SameDutyUserPaths.class)
    @PreAuthorize("hasAuthority('" + Permissions.USER_EDIT + "')")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute EditUser command,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return formErrors.submit(
                binding,
                errors -> {
                    UserView user = directory.user(id);
                    return form(model, user, UserFields.typed(command, user), errors);
                },
                () -> {
                    identity.editUser(id, command);
                    redirect.addFlashAttribute("flash", "admin.saved");
                    return "redirect:/admin/users/" + id + "/edit";
                });
    }

    /**
     * The options of the form's enterprise pick list, for the search box beside it: the whole directory (see {@link
     * UserEnterprises#choices}), not the administrator's own scope as on other modules' forms.
     */
    @GetMapping("/enterprise-choices")
    @PreAuthorize("hasAuthority('" + Permissions.USER_EDIT + "')")
    String enterpriseChoices(
            @RequestParam(required = false) String enterpriseQ,
            @RequestParam(required = false) Long enterpriseId,
            Model model) {
        model.addAttribute("enterpriseChoices", enterprises.choices(enterpriseQ, enterpriseId));
        model.addAttribute("selectedEnterprise", enterpriseId);
        model.addAttribute("enterpriseBlank", "none");
        return "layout/fragments :: enterpriseChoices";
    }

    @PostMapping("/{id}/reset-password")
    @CheckedBeforeBinding(SameDutyUserPaths.class)
    @PreAuthorize("hasAuthority('" + Permissions.USER_EDIT + "')")
    String resetPassword(
            @PathVariable long id, @RequestParam String newPassword, Model model, RedirectAttributes redirect) {
        try {
            identity.resetPassword(id, newPassword);
        } catch (BusinessException e) {
            return form(
                    model,
                    directory.user(id),
                    Map.of("newPassword", formErrors.of(e).values().iterator().next()));
        }
        redirect.addFlashAttribute("flash", "admin.user.password-reset");
        return "redirect:/admin/users/" + id + "/edit";
    }

    @PostMapping("/{id}/grant")
    @CheckedBeforeBinding(UserPaths.class)
    @PreAuthorize("hasAuthority('" + Permissions.USER_GRANT + "')")
    String grant(
            @PathVariable long id,
            @RequestParam(required = false) Set<String> roleCodes,
            @RequestParam DataScope dataScope,
            @RequestParam int version,
            Model model,
            RedirectAttributes redirect) {
        try {
            identity.grant(id, new Grant(roleCodes == null ? Set.of() : roleCodes, dataScope, version));
        } catch (BusinessException e) {
            // A refused scope goes beside the scope; every other refusal is about the roles ticked.
            String field = "dataScope".equals(e.field()) ? "dataScope" : "roleCodes";
            return form(
                    model,
                    directory.user(id),
                    Map.of(field, formErrors.of(e).values().iterator().next()));
        }
        redirect.addFlashAttribute("flash", "admin.saved");
        return "redirect:/admin/users/" + id + "/edit";
    }

    @PostMapping("/{id}/unlock")
    @CheckedBeforeBinding(UserPaths.class)
    @PreAuthorize("hasAuthority('" + Permissions.USER_UNLOCK + "')")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        identity.unlock(id);
        redirect.addFlashAttribute("flash", "admin.user.unlocked");
        return "redirect:/admin/users/" + id + "/edit";
    }

    /**
     * A user who lost the phone with the authenticator app logs in with the password again (or enrols anew where the
     * setting requires it). Restoring access is the security administrator's, like unlocking; never on their own
     * account, whose factor only its owner may replace.
     */
    @PostMapping("/{id}/reset-second-factor")
    @CheckedBeforeBinding(UserPaths.class)
    @PreAuthorize("hasAuthority('" + Permissions.USER_UNLOCK + "')")
    String resetSecondFactor(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
        if (me.id() == id) {
            throw new AccessDeniedException("own second factor");
        }
        directory.user(id);
        secondFactors.reset(id);
        redirect.addFlashAttribute("flash", "admin.user.second-factor-reset");
        return "redirect:/admin/users/" + id + "/edit";
    }

    private String form(Model model, UserView user, Map<String, String> errors) {
        return form(model, user, UserFields.of(user), errors);
    }

    /** The basic fields show {@code fields}: the stored account when opened, what was typed when refused. */
    private String form(Model model, UserView user, UserFields fields, Map<String, String> errors) {
        model.addAttribute("user", user);
        model.addAttribute("otherDuty", user != null && identity.ofOtherDuty(user.id()));
        model.addAttribute(
                "secondFactorAt",
                user == null ? null : secondFactors.enrolledAt(user.id()).orElse(null));
        model.addAttribute("fields", fields);
        model.addAttribute("errors", errors);
        model.addAttribute("departments", departments.tree());
        model.addAttribute("enterpriseChoices", enterprises.choices(null, fields.enterpriseId()));
        List<RoleView> allRoles = roles.all();
        model.addAttribute("roles", allRoles);
        model.addAttribute("scopes", DataScope.values());
        model.addAttribute("noEnterprise", EnterpriseScopeWithoutEnterprise.applies(user, fields, allRoles));
        return "identity/user-form";
    }
}
