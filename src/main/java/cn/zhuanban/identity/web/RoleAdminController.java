package cn.zhuanban.identity.web;

import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.RoleManagement;
import cn.zhuanban.identity.RoleManagement.RoleForm;
import cn.zhuanban.identity.RoleView;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.web.FormErrors;
import cn.zhuanban.shared.web.Paging;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Map;
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

/** Roles and their permissions, kept by the security administrator. */
@Controller
@RequestMapping("/admin/roles")
class RoleAdminController {

    private final RoleManagement roles;
    private final FormErrors formErrors;

    RoleAdminController(RoleManagement roles, FormErrors formErrors) {
        this.roles = roles;
        this.formErrors = formErrors;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.ROLE_VIEW + "')")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model,
            HttpServletRequest request) {
        model.addAttribute("q", q);
        model.addAttribute("result", roles.matching(q, PageQuery.ofList(page, size, 50)));
        return Paging.isHtmx(request) ? "identity/roles :: results" : "identity/roles";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('" + Permissions.ROLE_EDIT + "')")
    String newForm(Model model) {
        return form(model, null, RoleForm.BLANK, Map.of());
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('" + Permissions.ROLE_EDIT + "')")
    String editForm(@PathVariable long id, Model model) {
        RoleView role = roles.find(id);
        return form(model, role, RoleForm.of(role), Map.of());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('" + Permissions.ROLE_EDIT + "')")
    String create(
            @Valid @ModelAttribute RoleForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return formErrors.submit(binding, errors -> form(model, null, form, errors), () -> {
            roles.create(form);
            redirect.addFlashAttribute("flash", "admin.saved");
            return "redirect:/admin/roles";
        });
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.ROLE_EDIT + "')")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute RoleForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return formErrors.submit(
                binding,
                errors -> {
                    RoleView stored = roles.find(id);
                    return form(model, stored, keepCode(form, stored), errors);
                },
                () -> {
                    roles.edit(id, form);
                    redirect.addFlashAttribute("flash", "admin.saved");
                    return "redirect:/admin/roles";
                });
    }

    /** A role's code cannot change once created, so a refused edit shows the stored one. */
    private static RoleForm keepCode(RoleForm typed, RoleView stored) {
        return new RoleForm(
                stored.code(),
                typed.name(),
                typed.description(),
                typed.dataScope(),
                typed.permissions(),
                typed.version());
    }

    /** The page shows {@code form}: the stored role when opened, what was typed when refused. */
    private String form(Model model, RoleView role, RoleForm form, Map<String, String> errors) {
        model.addAttribute("role", role);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("permissions", Permissions.ALL);
        model.addAttribute("scopes", DataScope.values());
        return "identity/role-form";
    }
}
