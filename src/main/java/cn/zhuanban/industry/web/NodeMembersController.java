package cn.zhuanban.industry.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.industry.ChainMembership;
import cn.zhuanban.industry.ChainViews.NodeView;
import cn.zhuanban.industry.IndustryManagement;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.NotFoundException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A node's page: the local enterprises and projects working at this link, attached and detached by id. */
@Controller
class NodeMembersController {

    private final IndustryManagement industry;
    private final ChainMembership membership;
    private final MemberNames names;

    NodeMembersController(IndustryManagement industry, ChainMembership membership, MemberNames names) {
        this.industry = industry;
        this.membership = membership;
        this.names = names;
    }

    @GetMapping("/industry/nodes/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.INDUSTRY_CHAIN_VIEW + "')")
    String show(@PathVariable long id, CurrentUser user, Model model) {
        NodeView node = industry.node(id).orElseThrow(() -> new NotFoundException("chain-node", id));
        model.addAttribute("node", node);
        model.addAttribute("enterpriseNames", names.enterprises(node.enterpriseIds()));
        model.addAttribute("projectNames", names.projects(node.projectIds()));
        model.addAttribute("enterpriseChoices", names.enterpriseChoices(user));
        model.addAttribute("projectChoices", names.projectChoices(user));
        return "industry/node";
    }

    /**
     * The id is optional to Spring and required here: a required parameter is looked for before the permission, so
     * a post without it answered 400 to anyone, and told someone without the permission what the endpoint wants.
     */
    @PostMapping("/industry/nodes/{id}/enterprises")
    @PreAuthorize("hasAuthority('" + Permissions.INDUSTRY_CHAIN_EDIT + "')")
    String attachEnterprise(
            @PathVariable long id, @RequestParam(required = false) Long enterpriseId, RedirectAttributes redirect) {
        long enterprise = chosen(enterpriseId, "enterpriseId", "industry.node.enterprise-required");
        names.checkEnterprise(enterprise);
        membership.attachEnterprise(id, enterprise);
        return saved(id, redirect);
    }

    @PostMapping("/industry/nodes/{id}/enterprises/{enterpriseId}/detach")
    @PreAuthorize("hasAuthority('" + Permissions.INDUSTRY_CHAIN_EDIT + "')")
    String detachEnterprise(@PathVariable long id, @PathVariable long enterpriseId, RedirectAttributes redirect) {
        membership.detachEnterprise(id, enterpriseId);
        return saved(id, redirect);
    }

    /** Optional to Spring for the same reason as {@link #attachEnterprise}. */
    @PostMapping("/industry/nodes/{id}/projects")
    @PreAuthorize("hasAuthority('" + Permissions.INDUSTRY_CHAIN_EDIT + "')")
    String attachProject(
            @PathVariable long id, @RequestParam(required = false) Long projectId, RedirectAttributes redirect) {
        long project = chosen(projectId, "projectId", "industry.node.project-required");
        names.checkProject(project);
        membership.attachProject(id, project);
        return saved(id, redirect);
    }

    @PostMapping("/industry/nodes/{id}/projects/{projectId}/detach")
    @PreAuthorize("hasAuthority('" + Permissions.INDUSTRY_CHAIN_EDIT + "')")
    String detachProject(@PathVariable long id, @PathVariable long projectId, RedirectAttributes redirect) {
        membership.detachProject(id, projectId);
        return saved(id, redirect);
    }

    /** The id chosen, or a refusal that says what to choose, in the user's language. */
    private static long chosen(Long id, String field, String messageKey) {
        if (id == null) {
            throw new BusinessException(
                    ErrorCode.VALIDATION, field, new DefaultMessageSourceResolvable(new String[] {messageKey}));
        }
        return id;
    }

    private static String saved(long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", "admin.saved");
        return "redirect:/industry/nodes/" + id;
    }
}
