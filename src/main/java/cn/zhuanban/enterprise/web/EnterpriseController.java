package cn.zhuanban.enterprise.web;

import cn.zhuanban.enterprise.EnterpriseForm;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.enterprise.Saved;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
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

/** The enterprise directory's pages: the searchable list, an enterprise, and its form. */
@Controller
@RequestMapping("/enterprises")
class EnterpriseController {

    private final EnterpriseManagement enterprises;
    private final FormErrors formErrors;

    EnterpriseController(EnterpriseManagement enterprises, FormErrors formErrors) {
        this.enterprises = enterprises;
        this.formErrors = formErrors;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.ENTERPRISE_VIEW + "')")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            CurrentUser user,
            Model model,
            HttpServletRequest request) {
        model.addAttribute("q", q);
        model.addAttribute("result", enterprises.search(q, user, PageQuery.ofList(page, size, 20)));
        return Paging.isHtmx(request) ? "enterprise/list :: results" : "enterprise/list";
    }

    /**
     * The options of an enterprise pick list, for the search box beside it on other modules' forms (see {@link
     * EnterpriseManagement#choices}); {@code blank} names the empty choice (see the enterpriseChoices fragment).
     */
    @GetMapping("/choices")
    @PreAuthorize("isAuthenticated()")
    String choices(
            @RequestParam(required = false) String enterpriseQ,
            @RequestParam(required = false) Long enterpriseId,
            @RequestParam(required = false) String blank,
            CurrentUser user,
            Model model) {
        model.addAttribute("enterpriseChoices", enterprises.choices(user, enterpriseQ, enterpriseId));
        model.addAttribute("selectedEnterprise", enterpriseId);
        model.addAttribute("enterpriseBlank", blank);
        return "layout/fragments :: enterpriseChoices";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.ENTERPRISE_VIEW + "')")
    String detail(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("enterprise", enterprises.find(id, user));
        return "enterprise/detail";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('" + Permissions.ENTERPRISE_CREATE + "')")
    String newForm(Model model) {
        return form(model, null, null, new EnterpriseForm("", "", null, null, null, null, null, null, 0), Map.of());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('" + Permissions.ENTERPRISE_CREATE + "')")
    String create(
            @Valid @ModelAttribute("form") EnterpriseForm form,
            BindingResult binding,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return formErrors.submit(binding, errors -> form(model, null, null, form, errors), () -> {
            return saved(enterprises.register(form), user, redirect);
        });
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('" + Permissions.ENTERPRISE_EDIT + "')")
    String editForm(@PathVariable long id, CurrentUser user, Model model) {
        var enterprise = enterprises.find(id, user);
        return form(model, id, enterprise.name(), EnterpriseForm.of(enterprise), Map.of());
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.ENTERPRISE_EDIT + "')")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") EnterpriseForm form,
            BindingResult binding,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        String savedName = enterprises.find(id, user).name();
        return formErrors.submit(binding, errors -> form(model, id, savedName, form, errors), () -> {
            return saved(enterprises.edit(id, form, user), user, redirect);
        });
    }

    /**
     * The saved enterprise's page, or the directory when the user's scope does not reach it: a staff role with a
     * narrow scope may register an enterprise that none of its projects names yet, and its page would answer 404.
     */
    private String saved(Saved saved, CurrentUser user, RedirectAttributes redirect) {
        if (!enterprises.isVisible(saved.id(), user)) {
            redirect.addFlashAttribute("flash", "enterprise.saved-out-of-scope");
            return "redirect:/enterprises";
        }
        redirect.addFlashAttribute(
                "flash", saved.warnings().isEmpty() ? "admin.saved" : "enterprise.saved-with-warning");
        return "redirect:/enterprises/" + saved.id();
    }

    /** The title names the stored enterprise ({@code savedName}): a refused form holds what was typed, maybe nothing. */
    private static String form(
            Model model, Long id, String savedName, EnterpriseForm form, Map<String, String> errors) {
        model.addAttribute("enterpriseId", id);
        model.addAttribute("savedName", savedName);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "enterprise/form";
    }
}
