package cn.zhuanban.industry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.industry.IndustryCommands.ChainForm;
import cn.zhuanban.industry.IndustryCommands.NodeForm;
import cn.zhuanban.investment.InvestmentCommands.LeadForm;
import cn.zhuanban.investment.InvestmentCommands.StageMove;
import cn.zhuanban.investment.InvestmentManagement;
import cn.zhuanban.investment.LeadChannel;
import cn.zhuanban.investment.LeadStage;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The gap list counts the leads already working each gap (one grouped query of the investment module), and a node
 * still marked missing once local enterprises or projects are attached suggests re-rating it: staff rate nodes by
 * hand, so the rating itself is left as it is.
 */
@IntegrationTest
class GapLeadsAndReratingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IndustryManagement industry;

    @Autowired
    ChainMembership membership;

    @Autowired
    InvestmentManagement investment;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    UserDirectory directory;

    ServiceFixtures fx;
    CurrentUser dispatch;
    long chain;
    long missing;
    long weak;

    @BeforeEach
    void setUp() {
        fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        dispatch = fx.user("dispatch");
        chain = industry.createChain(new ChainForm(TestCodes.unique("线索计数链"), null, null, 0, 0));
        missing = industry.addNode(
                chain,
                new NodeForm(ChainSegment.DOWNSTREAM, null, "医药零售", "F5251", NodeStatus.MISSING, null, null, 0, 0));
        weak = industry.addNode(
                chain, new NodeForm(ChainSegment.UPSTREAM, null, "原料药", "C2710", NodeStatus.WEAK, null, null, 1, 0));
    }

    @Test
    void theGapListCountsTheLeadsThatAreNotTerminatedPerGap() throws Exception {
        lead(missing);
        lead(missing);
        long dropped = lead(missing);
        investment.move(
                dispatch,
                dropped,
                new StageMove(
                        LeadStage.TERMINATED,
                        LocalDate.of(2026, 3, 2),
                        "投资方放弃",
                        investment.lead(dispatch, dropped).version()));

        assertThat(investment.leadCountsByNode(dispatch, List.of(missing, weak)))
                .isEqualTo(Map.of(missing, 2L));
        String page = html("/industry/gaps?chainId=" + chain);
        assertThat(count(page, missing)).isEqualTo("2");
        assertThat(count(page, weak)).isEqualTo("0");
        assertThat(page).contains("在跟招商线索");
    }

    @Test
    void aMissingNodeWithLocalEnterprisesSuggestsReratingWithoutChangingIt() throws Exception {
        assertThat(html("/industry/nodes/" + missing)).doesNotContain("id=\"node-rerate\"");
        membership.attachEnterprise(missing, fx.enterprise());
        membership.attachEnterprise(weak, fx.enterprise());

        assertThat(html("/industry/nodes/" + missing))
                .contains("id=\"node-rerate\"")
                .contains("已有本地企业 1 家、项目 0 个挂在此环节");
        assertThat(html("/industry/nodes/" + weak)).doesNotContain("id=\"node-rerate\"");
        assertThat(html("/industry/gaps?chainId=" + chain)).contains("node-rerate");
        assertThat(html("/industry/chains/" + chain)).contains("node-rerate");
        assertThat(industry.chain(chain).nodes())
                .filteredOn(n -> n.id() == missing)
                .singleElement()
                .satisfies(n -> assertThat(n.status()).isEqualTo(NodeStatus.MISSING));
    }

    private long lead(long node) {
        return investment.createLead(
                dispatch,
                new LeadForm(
                        TestCodes.unique("链上线索企业"),
                        LeadChannel.CHAIN,
                        null,
                        null,
                        node,
                        null,
                        new BigDecimal("5000"),
                        20,
                        dispatch.id(),
                        null,
                        null,
                        null,
                        LocalDate.of(2026, 3, 2),
                        0));
    }

    /** The count in the gap table's lead column of {@code node}. */
    private static String count(String page, long node) {
        var matcher = Pattern.compile(
                        "class=\"gap-leads\" href=\"/investment/leads\\?chainNodeId=" + node + "\"[^>]*>(\\d+)</a>")
                .matcher(page);
        assertThat(matcher.find()).as("lead count of node %d", node).isTrue();
        return matcher.group(1);
    }

    private String html(String path) throws Exception {
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");
        return mvc.perform(get(path).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
