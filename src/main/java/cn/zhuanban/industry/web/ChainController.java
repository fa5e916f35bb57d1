package cn.zhuanban.industry.web;

import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserView;
import cn.zhuanban.industry.ChainViews.ChainView;
import cn.zhuanban.industry.IndustryCommands.ChainForm;
import cn.zhuanban.industry.IndustryManagement;
import cn.zhuanban.industry.NodeStatus;
import cn.zhuanban.shared.PageQuery;
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

/** The chain list, the chain page with its map and nodes, and the chain form. */
@Controller
@RequestMapping("/industry/chains")
class ChainController {

    private final IndustryManagement industry;
    private final UserDirectory users;
    private final FormErrors formErrors;

    ChainController(IndustryManagement industry, UserDirectory users, FormErrors formErrors) {
        this.industry = industry;
        this.users = users;
        this.formErrors = formErrors;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.INDUSTRY_CHAIN_VIEW + "')")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model,
            HttpServletRequest request) {
        var result = industry.chains(q, PageQuery.ofList(page, size, 20));
        model.addAttribute("q", q);
        model.addAttribute("result", result);
        model.addAttribute(
                "leaders",
                users.namesOf(result.content().stream()
                        .map(c -> c.chainLeaderId())
                        .filter(id -> id != null)
                        .toList()));
        return Paging.isHtmx(request) ? "industry/chains :: results" : "industry/chains";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.INDUSTRY_CHAIN_VIEW + "')")
    String show(@PathVariable long id, Model model) {
        ChainView chain = industry.chain(id);
        model.addAttribute("chain", chain);
        model.addAttribute("rows", NodeRows.of(chain.nodes()));
        model.addAttribute("statuses", NodeStatus.values());
        model.addAttribute(
                "leaderName",
                chain.chainLeaderId() == null
                        ? null
                        : users.namesOf(List.of(chain.chainLeaderId())).get(chain.chainLeaderId()));
        return "industry/chain";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('" + Permissions.INDUSTRY_CHAIN_EDIT + "')")
    String newForm(Model model) {
        return form(model, null, ChainForm.BLANK, Map.of());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('" + Permissions.INDUSTRY_CHAIN_EDIT + "')")
    String create(
            @Valid @ModelAttribute ChainForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return formErrors.submit(binding, errors -> form(model, null, form, errors), () -> {
            long id = industry.createChain(form);
            redirect.addFlashAttribute("flash", "admin.saved");
            return "redirect:/industry/chains/" + id;
        });
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('" + Permissions.INDUSTRY_CHAIN_EDIT + "')")
    String editForm(@PathVariable long id, Model model) {
        ChainView chain = industry.chain(id);
        return form(model, chain, ChainForm.of(chain), Map.of());
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.INDUSTRY_CHAIN_EDIT + "')")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute ChainForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return formErrors.submit(binding, errors -> form(model, industry.chain(id), form, errors), () -> {
            industry.editChain(id, form);
            redirect.addFlashAttribute("flash", "admin.saved");
            return "redirect:/industry/chains/" + id;
        });
    }

    /** The page shows {@code form}: the stored chain when opened, what the user typed when refused. */
    private String form(Model model, ChainView chain, ChainForm form, Map<String, String> errors) {
        model.addAttribute("chain", chain);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        // the leader the chain has stays offered, even one no longer eligible: saving the form keeps him
        model.addAttribute(
                "leaders",
                PickList.keepingChosen(
                        industry.leaderCandidates(),
                        chain == null ? null : chain.chainLeaderId(),
                        UserView::id,
                        users::find));
        return "industry/chain-form";
    }
}
