package cn.zhuanban.talent;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.industry.ChainViews.ChainMembers;
import cn.zhuanban.industry.IndustryManagement;
import cn.zhuanban.project.ProjectScope;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.talent.TalentViews.FillRate;
import cn.zhuanban.talent.domain.DemandQueries;
import cn.zhuanban.talent.domain.DemandQueries.ChainDemands;
import cn.zhuanban.talent.domain.TalentScope;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Fill rates (hired / demanded) by enterprise, project and chain: the talent gaps. */
@Service
@Transactional(readOnly = true)
public class TalentReports {

    private final DemandQueries queries;
    private final IndustryManagement industry;
    private final DemandScopes scopes;

    TalentReports(DemandQueries queries, IndustryManagement industry, DemandScopes scopes) {
        this.queries = queries;
        this.industry = industry;
        this.scopes = scopes;
    }

    public PageResult<FillRate> byEnterprise(CurrentUser user, PageQuery page) {
        return queries.byEnterprise(scopes.of(user), page);
    }

    public PageResult<FillRate> byProject(CurrentUser user, PageQuery page) {
        return queries.byProject(scopes.of(user), page);
    }

    /** By enterprise, within the chain's enterprises and projects when a chain is chosen. */
    public PageResult<FillRate> byEnterprise(CurrentUser user, Long chainId, PageQuery page) {
        return queries.byEnterprise(scopes.of(user), chain(chainId), page);
    }

    /** By project, narrowed to names holding {@code q} and to the chain's enterprises and projects when given. */
    public PageResult<FillRate> byProject(CurrentUser user, String q, Long chainId, PageQuery page) {
        return queries.byProject(scopes.of(user), q, chain(chainId), page);
    }

    /**
     * The 合计 of the page and its export: with no filter, the cockpit's figure ({@link #total}); with a project name
     * or a chain, the total of the rows the filters leave (the projects found, else every enterprise's), summed in the
     * database with the rows' own scope.
     */
    public FillRate total(CurrentUser user, ProjectScope projects, String q, Long chainId) {
        if (!filtered(q, chainId)) {
            return total(user, projects);
        }
        return queries.filteredTotal(scopes.of(user), q, chain(chainId));
    }

    /** Whether a project name or a chain narrows the fill rates. */
    public static boolean filtered(String q, Long chainId) {
        return chainId != null || (q != null && !q.isBlank());
    }

    private ChainDemands chain(Long chainId) {
        if (chainId == null) {
            return null;
        }
        ChainMembers members = industry.membersOf(chainId);
        return new ChainDemands(members.enterpriseIds(), members.projectIds());
    }

    /** Demands in the user's scope of every enterprise and project attached to the chain's nodes. */
    public FillRate forChain(long chainId, CurrentUser user) {
        ChainMembers members = industry.membersOf(chainId);
        return queries.of(scopes.of(user), chainId, members.enterpriseIds(), members.projectIds());
    }

    /** Demands of a project the caller found visible to the user. */
    public FillRate forProject(long projectId, CurrentUser user) {
        return queries.of(scopes.of(user), projectId, List.of(), List.of(projectId));
    }

    /**
     * The fill rate of the cockpit, whose figures are all of the projects in the user's scope: the demands he sees in
     * the talent module ({@link TalentScope}) that belong to one of those projects (all demands for the whole
     * district), with the project scope the cockpit computed already.
     */
    public FillRate total(CurrentUser user, ProjectScope projects) {
        return queries.total(TalentScope.of(user, projects), projects.everything() ? null : projects);
    }
}
