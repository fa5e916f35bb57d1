package cn.zhuanban.talent.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.industry.IndustryManagement;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.talent.TalentReports;
import cn.zhuanban.talent.TalentViews.FillRate;
import cn.zhuanban.talent.web.FillRateChainChoices.ChainChoice;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

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
    private final FillRateChainChoices chainChoices;

    FillRateController(
            TalentReports reports,
            IndustryManagement industry,
            TalentNames names,
            ProjectReads projects,
            FillRateChainChoices chainChoices) {
        this.projects = projects;
        this.chainChoices = chainChoices;
        this.reports = reports;
        this.industry = industry;
        this.names = names;
    }

    /**
     * The fill rates, narrowed by a project name ({@code q}, the 按项目 section) and a chain ({@code chainId}: every
     * section counts the demands of the chain's enterprises and projects only, and 按产业链 shows that chain). Both
     * sections are paged in the database, each with its own pager ({@code page} for enterprises, {@code projectPage}
     * for projects): the projects were cut at 50 without a word.
     */
    @GetMapping("/talent/fill-rates")
    @PreAuthorize("hasAuthority('" + Permissions.TALENT_DEMAND_VIEW + "')")
    String fillRates(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) Integer projectPage,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long chainId,
            CurrentUser user,
            Model model,
            HttpServletRequest request) {
        boolean staff = !DataScope.ENTERPRISE.equals(user.dataScope());
        Long chain = staff ? chainId : null; // an enterprise sees no chains, and filters by none
        PageResult<FillRate> enterprises = reports.byEnterprise(user, chain, PageQuery.ofList(page, size, 20));
        PageResult<FillRate> projects = reports.byProject(user, q, chain, PageQuery.ofList(projectPage, null, 20));
        // Unfiltered, the total the cockpit's 人才到岗率 shows, computed the same way, so that its link leads to its figure
        // (audit D18); filtered, the total of the rows the filters leave, as the card then says.
        model.addAttribute("total", reports.total(user, this.projects.scope(user), q, chain));
        model.addAttribute("totalFiltered", TalentReports.filtered(q, chain));
        model.addAttribute("enterprises", enterprises);
        model.addAttribute("projects", projects);
        model.addAttribute("projectPager", pager(request, projects));
        model.addAttribute("q", q);
        model.addAttribute("chainId", chain);
        model.addAttribute(
                "enterpriseNames",
                names.enterprises(
                        enterprises.content().stream().map(FillRate::key).toList()));
        model.addAttribute(
                "projectNames",
                names.projects(projects.content().stream().map(FillRate::key).toList()));
        model.addAttribute("chainChoices", chainChoices.choices(user, null, chain));
        // a chosen chain is shown alone, also one after the first page of all chains
        List<ChainChoice> chains = !staff
                ? List.of()
                : chain != null
                        ? chainChoices.find(chain).stream().toList()
                        : industry.chains(new PageQuery(0, PageQuery.MAX_SIZE)).content().stream()
                                .map(c -> new ChainChoice(c.id(), c.name()))
                                .toList();
        model.addAttribute(
                "chains",
                chains.stream()
                        .map(c -> new ChainRate(c.id(), c.name(), reports.forChain(c.id(), user)))
                        .toList());
        return "talent/fill-rates";
    }

    /** The 按项目 section's previous and next addresses: the page's address with another projectPage. */
    private static ProjectPager pager(HttpServletRequest request, PageResult<FillRate> projects) {
        return new ProjectPager(
                projects.hasPrevious() ? at(request, projects.page() - 1) : null,
                projects.hasNext() ? at(request, projects.page() + 1) : null);
    }

    /** The query string as it came (already encoded), with only the project page replaced. */
    private static String at(HttpServletRequest request, int page) {
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("projectPage", page)
                .fragment("fill-project")
                .build()
                .toUriString();
    }

    record ProjectPager(String previous, String next) {}

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
