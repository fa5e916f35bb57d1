package cn.zhuanban.identity.web;

import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.DepartmentManagement.DepartmentForm;
import cn.zhuanban.identity.DepartmentView;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserView;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PickList;
import cn.zhuanban.shared.web.FormErrors;
import cn.zhuanban.shared.web.Paging;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
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

/** The department tree, kept by the system administrator. */
@Controller
@RequestMapping("/admin/departments")
class DepartmentAdminController {

    private final DepartmentManagement departments;
    private final UserDirectory users;
    private final FormErrors formErrors;

    DepartmentAdminController(DepartmentManagement departments, UserDirectory users, FormErrors formErrors) {
        this.departments = departments;
        this.users = users;
        this.formErrors = formErrors;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.DEPARTMENT_VIEW + "')")
    String tree(@RequestParam(required = false) String q, Model model, HttpServletRequest request) {
        model.addAttribute("q", q);
        model.addAttribute("shown", departments.treeMatching(q));
        return Paging.isHtmx(request)
                ? "identity/departments :: results"
                : page(model, null, DepartmentForm.BLANK, Map.of());
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('" + Permissions.DEPARTMENT_EDIT + "')")
    String edit(@PathVariable long id, Model model) {
        DepartmentView editing = departments.find(id).orElseThrow(() -> new NotFoundException("department", id));
        return page(model, editing, DepartmentForm.of(editing), Map.of());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('" + Permissions.DEPARTMENT_EDIT + "')")
    String create(
            @Valid @ModelAttribute DepartmentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return save(null, form, binding, model, redirect);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.DEPARTMENT_EDIT + "')")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute DepartmentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return save(id, form, binding, model, redirect);
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('" + Permissions.DEPARTMENT_EDIT + "')")
    String delete(@PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            departments.delete(id);
        } catch (BusinessException e) {
            return page(model, null, DepartmentForm.BLANK, formErrors.of(e));
        }
        redirect.addFlashAttribute("flash", "admin.deleted");
        return "redirect:/admin/departments";
    }

    private String save(Long id, DepartmentForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        DepartmentView editing = id == null ? null : departments.find(id).orElse(null);
        return formErrors.submit(binding, errors -> page(model, editing, form, errors), () -> {
            if (id == null) {
                departments.create(form);
            } else {
                departments.edit(id, form);
            }
            redirect.addFlashAttribute("flash", "admin.saved");
            return "redirect:/admin/departments";
        });
    }

    /** The form shows {@code form}: the stored department when opened, what was typed when refused. */
    private String page(Model model, DepartmentView editing, DepartmentForm form, Map<String, String> errors) {
        List<DepartmentView> tree = departments.tree();
        model.addAttribute("departments", tree); // the parent choices: always the whole tree
        if (!model.containsAttribute("shown")) { // the table: the search's departments, else all
            model.addAttribute("shown", tree);
        }
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("headCandidates", headCandidates(editing));
        model.addAttribute("errors", errors);
        return "identity/departments";
    }

    /**
     * The head is chosen among the department's own staff who may act (no administrator, no account without a role);
     * the head it has stays offered even if he no longer qualifies, so that saving the form keeps him.
     */
    private List<UserView> headCandidates(DepartmentView editing) {
        if (editing == null) {
            return List.of();
        }
        return PickList.keepingChosen(
                users.departmentStaff(editing.id()), editing.headUserId(), UserView::id, users::find);
    }
}
