package cn.zhuanban.industry;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.BearerTokens;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.industry.IndustryCommands.ChainForm;
import cn.zhuanban.industry.IndustryCommands.NodeForm;
import java.math.BigDecimal;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Chains over the API with bearer tokens: segments and node status, the gap list, refusals. */
@IntegrationTest
class ChainApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IndustryManagement industry;

    @Autowired
    ChainMembership membership;

    @Test
    void readsAChainBySegmentWithNodeStatusAndItsGaps() throws Exception {
        String name = TestCodes.unique("接口测试链");
        long chain = industry.createChain(new ChainForm(name, null, "医药", 0, 0));
        long strong = node(chain, ChainSegment.MIDSTREAM, "C2710", NodeStatus.STRONG, "120000");
        long weak = node(chain, ChainSegment.UPSTREAM, "C2614", NodeStatus.WEAK, null);
        long missing = node(chain, ChainSegment.DOWNSTREAM, "F5151", NodeStatus.MISSING, null);
        membership.attachEnterprise(strong, 434343L);
        String token = BearerTokens.of(mvc, "lead");

        mvc.perform(get("/api/v1/industry/chains/" + chain).header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.segments[*].segment", Matchers.contains("UPSTREAM", "MIDSTREAM", "DOWNSTREAM")))
                .andExpect(jsonPath("$.segments[0].nodes[0].id").value(weak))
                .andExpect(jsonPath("$.segments[0].nodes[0].status").value("WEAK"))
                .andExpect(jsonPath("$.segments[1].nodes[0].industryCode").value("C2710"))
                .andExpect(jsonPath("$.segments[1].nodes[0].enterpriseCount").value(1))
                .andExpect(jsonPath("$.segments[1].nodes[0].localOutput").value(120000))
                .andExpect(jsonPath("$.segments[2].nodes[0].status").value("MISSING"));
        mvc.perform(get("/api/v1/industry/chains/" + chain + "/gaps").header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.content[*].id", Matchers.contains((int) missing, (int) weak)));
        mvc.perform(get("/api/v1/industry/chains?size=200").header("Authorization", token))
                .andExpect(jsonPath("$.content[?(@.id == " + chain + ")].missing", Matchers.contains(1)))
                .andExpect(jsonPath("$.content[?(@.id == " + chain + ")].weak", Matchers.contains(1)));
        mvc.perform(get("/api/v1/industry/nodes/" + missing).header("Authorization", token))
                .andExpect(jsonPath("$.chainName").value(name));
    }

    @Test
    void anUnknownChainIsNotFoundAndEnterpriseContactsSeeNoChains() throws Exception {
        String token = BearerTokens.of(mvc, "lead");
        mvc.perform(get("/api/v1/industry/chains/987654321").header("Authorization", token))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
        mvc.perform(get("/api/v1/industry/chains/987654321/gaps").header("Authorization", token))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/industry/chains").header("Authorization", BearerTokens.of(mvc, "enterprise")))
                .andExpect(status().isForbidden());
    }

    private long node(long chain, ChainSegment segment, String code, NodeStatus status, String output) {
        return industry.addNode(
                chain,
                new NodeForm(
                        segment,
                        null,
                        "节点" + code,
                        code,
                        status,
                        null,
                        output == null ? null : new BigDecimal(output),
                        0,
                        0));
    }
}
