package cn.zhuanban.talent;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.industry.ChainViews.ChainMembers;
import cn.zhuanban.industry.IndustryManagement;
import cn.zhuanban.project.ProjectScope;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.talent.TalentViews.FillRate;
import cn.zhuanban.talent.domain.DemandQueries;
import cn.zhuanban.talent.domain.TalentScope;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Fill rates (hired / demanded) by enterprise, project and chain: the talent gaps. */
@Service
@Transactional(readOnly = true)
public class TalentReports {

    private final DemandQueries queries;
    private final IndustryManagement industry;

    TalentReports(DemandQueries queries, IndustryManagement industry) {
        this.queries = queries;
        this.industry = industry;
    }

    public PageResult<FillRate> byEnterprise(CurrentUser user, PageQuery page) {
        return queries.byEnterprise(TalentScope.of(user), page);
    }

    public PageResult<FillRate> byProject(CurrentUser user, PageQuery page) {
        return queries.byProject(TalentScope.of(user), page);
    }

    /** Demands of every enterprise and project attached to the chain's nodes. */
    public FillRate forChain(long chainId) {
        ChainMembers members = industry.membersOf(chainId);
        return queries.of(chainId, members.enterpriseIds(), members.projectIds());
    }

    public FillRate forProject(long projectId) {
        return queries.of(projectId, List.of(), List.of(projectId));
    }

    /**
     * The fill rate of the cockpit: every demand in the talent scope for a district-wide user; for a
     * lead official, a department or a task force only the demands of the projects they see.
     */
    public FillRate total(CurrentUser user, ProjectScope projects) {
        boolean all = user.dataScope() == null || user.dataScope() == DataScope.ALL;
        return queries.total(TalentScope.of(user), all ? null : projects.sql(), all ? Map.of() : projects.params());
    }
}
