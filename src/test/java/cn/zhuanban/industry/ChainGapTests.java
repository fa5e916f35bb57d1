package cn.zhuanban.industry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.industry.ChainViews.NodeView;
import cn.zhuanban.industry.IndustryCommands.ChainForm;
import cn.zhuanban.industry.IndustryCommands.NodeForm;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.PageQuery;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ChainGapTests {

    @Autowired
    IndustryManagement industry;

    @Autowired
    ChainMembership membership;

    @Autowired
    JdbcClient jdbc;

    @Test
    void listsMissingNodesBeforeWeakOnesAndLeavesStrongOnesOut() {
        long chain = industry.createChain(new ChainForm(TestCodes.unique("测试链"), null, null, 0, 0));
        long strong = node(chain, ChainSegment.MIDSTREAM, null, "C2710", NodeStatus.STRONG, 0);
        long weak = node(chain, ChainSegment.UPSTREAM, null, "C2614", NodeStatus.WEAK, 0);
        long missingDownstream = node(chain, ChainSegment.DOWNSTREAM, null, "F5151", NodeStatus.MISSING, 0);
        long missingSubNode = node(chain, ChainSegment.MIDSTREAM, strong, "C2720", NodeStatus.MISSING, 1);
        membership.attachEnterprise(weak, 424242L);

        List<NodeView> gaps = industry.gaps(chain, new PageQuery(0, 50)).content();

        assertThat(gaps).extracting(NodeView::id).containsExactly(missingSubNode, missingDownstream, weak);
        assertThat(gaps.get(2).enterpriseCount()).isEqualTo(1);
        assertThat(industry.chain(chain).nodes()).hasSize(4);
        AuditTrail.awaitRecord(jdbc, "industry.node.enterprise-attached", Long.toString(weak), "enterprise 424242");
    }

    @Test
    void refusesAWrongIndustryCodeAndASubNodeUnderASubNode() {
        long chain = industry.createChain(new ChainForm(TestCodes.unique("测试链"), null, null, 0, 0));
        long top = node(chain, ChainSegment.UPSTREAM, null, "C26", NodeStatus.WEAK, 0);
        long sub = node(chain, ChainSegment.UPSTREAM, top, "C261", NodeStatus.MISSING, 0);

        assertRefused(
                () -> node(chain, ChainSegment.UPSTREAM, null, "27100", NodeStatus.WEAK, 0),
                ErrorCode.INDUSTRY_CODE_FORMAT);
        assertRefused(
                () -> node(chain, ChainSegment.UPSTREAM, sub, "C2614", NodeStatus.WEAK, 0),
                ErrorCode.INDUSTRY_NODE_PARENT);
    }

    private long node(long chain, ChainSegment segment, Long parent, String code, NodeStatus status, int order) {
        return industry.addNode(chain, new NodeForm(segment, parent, "节点" + code, code, status, null, null, order, 0));
    }

    private static void assertRefused(Runnable action, ErrorCode code) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.errorCode()).isEqualTo(code));
    }
}
