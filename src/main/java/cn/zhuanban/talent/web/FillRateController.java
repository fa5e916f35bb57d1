package cn.zhuanban.talent.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.industry.IndustryManagement;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.talent.TalentReports;
import cn.zhuanban.talent.TalentViews.FillRate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Fill rates by enterprise, project and chain; and the talent gap as htmx fragments that the chain
 * page and (later) the project page include by URL, without depending on this module.
 */
@Controller
class FillRateController {

    private final TalentReports reports;
    private final IndustryManagement industry;
    private final TalentNames names;
    private final ProjectReads projects;

    FillRateController(TalentReports reports, IndustryManagement industry, TalentNames names, ProjectReads projects) {
        this.projects = projects;
        this.reports = reports;
        this.industry = industry;
        this.names = names;
    }

    @GetMapping("/talent/fill-rates")
    @PreAuthorize("hasAuthority('" + Permissions.TALENT_DEMAND_VIEW + "')")
    String fillRates(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            CurrentUser user,
            Model model) {
        PageResult<FillRate> enterprises = reports.byEnterprise(user, PageQuery.ofList(page, size, 20));
        PageResult<FillRate> projects = reports.byProject(user, new PageQuery(0, 50));
        // The total the cockpit's 人才到岗率 shows, computed the same way, so that its link leads to its figure (audit D18).
        model.addAttribute("total", reports.total(user, this.projects.scope(user)));
        model.addAttribute("enterprises", enterprises);
        model.addAttribute("projects", projects.content());
        model.addAttribute(
                "enterpriseNames",
                names.enterprises(
                        enterprises.content().stream().map(FillRate::key).toList()));
        model.addAttribute(
                "projectNames",
                names.projects(projects.content().stream().map(FillRate::key).toList()));
        boolean staff = !cn.zhuanban.identity.DataScope.ENTERPRISE.equals(user.dataScope());
        model.addAttribute(
                "chains",
                staff
                        ? industry.chains(new PageQuery(0, PageQuery.MAX_SIZE)).content().stream()
                                .map(c -> new ChainRate(c.id(), c.name(), reports.forChain(c.id(), user)))
                                .toList()
                        : java.util.List.of());
        return "talent/fill-rates";
    }

    @GetMapping("/talent/fragments/chain/{chainId}")
    @PreAuthorize("hasAuthority('" + Permissions.TALENT_DEMAND_VIEW + "')")
    String chain(@PathVariable long chainId, CurrentUser user, Model model) {
        model.addAttribute("rate", reports.forChain(chainId, user));
        model.addAttribute("link", "/talent/fill-rates");
        return "talent/gap :: gap";
    }

    @GetMapping("/talent/fragments/project/{projectId}")
    @PreAuthorize("hasAuthority('" + Permissions.TALENT_DEMAND_VIEW + "')")
    String project(@PathVariable long projectId, CurrentUser user, Model model) {
        if (!projects.isVisible(projectId, user)) {
            throw new NotFoundException("project", projectId);
        }
        model.addAttribute("rate", reports.forProject(projectId, user));
        model.addAttribute("link", "/talent/demands?projectId=" + projectId);
        return "talent/gap :: gap";
    }

    record ChainRate(long id, String name, FillRate rate) {}
}
