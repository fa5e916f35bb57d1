package cn.zhuanban.demo;

import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.industry.ChainMembership;
import cn.zhuanban.industry.ChainSegment;
import cn.zhuanban.industry.IndustryCommands.ChainForm;
import cn.zhuanban.industry.IndustryCommands.NodeForm;
import cn.zhuanban.industry.IndustryManagement;
import cn.zhuanban.industry.NodeStatus;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The demo district's pharmaceutical chain (生物医药产业链): intermediates and excipients upstream,
 * APIs, formulations and devices midstream, distribution downstream. The API node holds 康元生物
 * and its API plant project; the missing and weak nodes are what the demo leads target.
 */
@Component
class DemoChains {

    /** key | segment | parent key | name | code | status | local output (万元) | status note | enterprise names. */
    static final String NODES = """
            intermediates|UPSTREAM||医药中间体|C2614|WEAK|18000|本地仅 1 家中间体企业，关键手性中间体依赖外购|
            excipients|UPSTREAM||药用辅料及包装材料|C2780|WEAK||包材仅示范中科一家新近投产，药用辅料仍全部从省外采购|
            cro|UPSTREAM||医药研发外包服务|M7340|MISSING||缺少 CRO/CDMO 平台，新药研发需外协|
            api|MIDSTREAM||化学原料药|C2710|STRONG|226000||示范康元生物制药有限公司
            formulations|MIDSTREAM||化学药品制剂|C2720|WEAK|36000|制剂产能小，原料药多以中间产品外销|
            sustained|MIDSTREAM|formulations|缓控释制剂|C2720|MISSING||高端制剂空白|
            biologics|MIDSTREAM||生物药品|C2761|MISSING||尚无生物药企业|
            devices|MIDSTREAM||医疗诊断与治疗设备|C3581|WEAK|9000|仅 1 家企业，产品单一|示范安和医疗器械有限公司
            wholesale|DOWNSTREAM||医药批发配送|F5151|WEAK|12000|缺少区域医药物流配送中心|
            coldchain|DOWNSTREAM||医药冷链仓储|G5960|STRONG|15000||示范嘉禾冷链仓储有限公司
            retail|DOWNSTREAM||医药零售|F5251|MISSING||连锁药房总部均在区外|
            """;

    private final IndustryManagement industry;
    private final ChainMembership membership;
    private final EnterpriseManagement enterprises;

    DemoChains(IndustryManagement industry, ChainMembership membership, EnterpriseManagement enterprises) {
        this.industry = industry;
        this.membership = membership;
        this.enterprises = enterprises;
    }

    /** Creates the chain; returns the node ids by key (e.g. "api") for the leads and projects to use. */
    Map<String, Long> seed(DemoPeople.Seeded seeded) {
        long chain = industry.createChain(
                new ChainForm("生物医药产业链", seeded.users().get("leader"), "以高端原料药为核心，向上游中间体、辅料延链，向下游制剂、配送强链。", 1, 0));
        Map<String, Long> nodes = new LinkedHashMap<>();
        int order = 0;
        for (String line : NODES.lines().toList()) {
            String[] n = line.split("\\|", -1);
            long id = industry.addNode(
                    chain,
                    new NodeForm(
                            ChainSegment.valueOf(n[1]),
                            n[2].isEmpty() ? null : nodes.get(n[2]),
                            n[3],
                            n[4],
                            NodeStatus.valueOf(n[5]),
                            n[7].isEmpty() ? null : n[7],
                            n[6].isEmpty() ? null : new BigDecimal(n[6]),
                            order++,
                            0));
            nodes.put(n[0], id);
            if (!n[8].isEmpty()) {
                enterprises.idsMatching(n[8], 1).forEach(e -> membership.attachEnterprise(id, e));
            }
        }
        return nodes;
    }
}
