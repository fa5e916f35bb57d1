package cn.zhuanban.demo;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.industry.ChainMembership;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.shared.PageQuery;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The pharmaceutical chain with the demo projects on its nodes, the investment leads and the
 * talent data, entered as the dispatch office's 赵敏 would enter them.
 */
@Component
class DemoAttraction {

    /** project name → chain node key. */
    static final Map<String, String> PROJECT_NODES = Map.of(
            "康元生物高端原料药项目", "api",
            "康元生物制剂研发中心项目", "formulations",
            "安和医疗器械产业化项目", "devices");

    private final DemoChains chains;
    private final DemoLeads leads;
    private final DemoTalent talent;
    private final ChainMembership membership;
    private final ProjectReads projects;
    private final DemoUsers users;

    DemoAttraction(
            DemoChains chains,
            DemoLeads leads,
            DemoTalent talent,
            ChainMembership membership,
            ProjectReads projects,
            DemoUsers users) {
        this.chains = chains;
        this.leads = leads;
        this.talent = talent;
        this.membership = membership;
        this.projects = projects;
        this.users = users;
    }

    void seed(DemoPeople.Seeded seeded) {
        CurrentUser dispatch = users.as("dispatch");
        Map<String, Long> nodes = chains.seed(seeded);
        PROJECT_NODES.forEach((name, node) -> projects.search(
                        new ProjectFilter(name, null, null, null, null, null, null), dispatch, new PageQuery(0, 1))
                .content()
                .forEach(p -> membership.attachProject(nodes.get(node), p.id())));
        leads.seed(dispatch, nodes, seeded.users().get("lead"));
        talent.seed(dispatch);
    }
}
