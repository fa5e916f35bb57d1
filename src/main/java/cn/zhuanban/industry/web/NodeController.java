package cn.zhuanban.industry.web;

import cn.zhuanban.identity.Permissions;
import cn.zhuanban.industry.ChainSegment;
import cn.zhuanban.industry.ChainViews.ChainView;
import cn.zhuanban.industry.ChainViews.NodeView;
import cn.zhuanban.industry.IndustryCommands.NodeForm;
import cn.zhuanban.industry.IndustryManagement;
import cn.zhuanban.industry.NodeStatus;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.web.FormErrors;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding and editing chain nodes: segment, industry code, the status staff set and the local output. */
@Controller
class NodeController {

    private final IndustryManagement industry;
    private final FormErrors formErrors;

    NodeController(IndustryManagement industry, FormErrors formErrors) {
        this.industry = industry;
        this.formErrors = formErrors;
    }

    @GetMapping("/industry/chains/{chainId}/nodes/new")
    @PreAuthorize("hasAuthority('" + Permissions.INDUSTRY_CHAIN_EDIT + "')")
    String newForm(@PathVariable long chainId, Model model) {
        return form(model, industry.chain(chainId), null, NodeForm.BLANK, Map.of());
    }

    @PostMapping("/industry/chains/{chainId}/nodes")
    @PreAuthorize("hasAuthority('" + Permissions.INDUSTRY_CHAIN_EDIT + "')")
    String create(
            @PathVariable long chainId,
            @Valid @ModelAttribute NodeForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return formErrors.submit(binding, errors -> form(model, industry.chain(chainId), null, form, errors), () -> {
            industry.addNode(chainId, form);
            redirect.addFlashAttribute("flash", "admin.saved");
            return "redirect:/industry/chains/" + chainId;
        });
    }

    @GetMapping("/industry/nodes/{id}/edit")
    @PreAuthorize("hasAuthority('" + Permissions.INDUSTRY_CHAIN_EDIT + "')")
    String editForm(@PathVariable long id, Model model) {
        NodeView node = node(id);
        return form(model, industry.chain(node.chainId()), node, NodeForm.of(node), Map.of());
    }

    @PostMapping("/industry/nodes/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.INDUSTRY_CHAIN_EDIT + "')")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute NodeForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        NodeView node = node(id);
        return formErrors.submit(
                binding, errors -> form(model, industry.chain(node.chainId()), node, form, errors), () -> {
                    industry.editNode(id, form);
                    redirect.addFlashAttribute("flash", "admin.saved");
                    return "redirect:/industry/nodes/" + id;
                });
    }

    private NodeView node(long id) {
        return industry.node(id).orElseThrow(() -> new NotFoundException("chain-node", id));
    }

    /** The page shows {@code form}: the stored node when opened, what the user typed when refused. */
    private String form(Model model, ChainView chain, NodeView node, NodeForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("chain", chain);
        model.addAttribute("node", node);
        model.addAttribute("errors", errors);
        model.addAttribute("segments", ChainSegment.values());
        model.addAttribute("statuses", NodeStatus.values());
        model.addAttribute(
                "parents",
                chain.nodes().stream()
                        .filter(n -> n.parentId() == null && (node == null || n.id() != node.id()))
                        .toList());
        return "industry/node-form";
    }
}
