package cn.zhuanban.industry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.ExportedSheet;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserView;
import cn.zhuanban.industry.IndustryCommands.ChainForm;
import cn.zhuanban.industry.IndustryCommands.NodeForm;
import cn.zhuanban.shared.PageQuery;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The industry chain list as XLSX: each chain with its leader and its strong, weak and missing nodes counted. */
@IntegrationTest
class ChainExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IndustryManagement industry;

    @Autowired
    UserDirectory directory;

    @Test
    void theChainFileCountsEachChainsNodesByStatusBesideItsLeader() throws Exception {
        UserView lead = directory.findByUsername("lead").orElseThrow();
        String name = TestCodes.unique("导出链");
        long chain = industry.createChain(new ChainForm(name, lead.id(), "链说明", 0, 0));
        node(chain, "C2710", NodeStatus.STRONG);
        node(chain, "C2614", NodeStatus.MISSING);
        node(chain, "F5151", NodeStatus.MISSING);
        assertThat(WebTestSupport.page(mvc, "dispatch", "/industry/chains")).contains("id=\"chain-export\"");

        ExportedSheet sheet = ExportedSheet.download(mvc, "dispatch", "/industry/chains/export");

        assertThat(sheet.name()).isEqualTo("产业链台账");
        assertThat(sheet.header()).containsExactly("产业链", "链长", "节点数", "强链", "弱链", "缺链", "说明");
        assertThat(sheet.rowsStartingWith(name))
                .containsExactly(List.of(name, lead.fullName(), "3", "1", "0", "2", "链说明"));
    }

    @Test
    void theListAndItsFileFindChainsByNameWithWildcardsAsTyped() throws Exception {
        String base = TestCodes.unique("检索链");
        industry.createChain(new ChainForm(base + "_新能源", null, null, 0, 0));
        industry.createChain(new ChainForm(base + "甲新能源", null, null, 0, 0));

        assertThat(industry.chains(base, new PageQuery(0, 20)).content()).hasSize(2);
        assertThat(industry.chains(base + "_新", new PageQuery(0, 20)).content())
                .extracting(ChainViews.ChainSummary::name)
                .containsExactly(base + "_新能源");
        String query = "?q=" + base + "_新";
        assertThat(WebTestSupport.page(mvc, "dispatch", "/industry/chains" + query))
                .contains(base + "_新能源")
                .doesNotContain(base + "甲新能源");

        ExportedSheet sheet = ExportedSheet.download(mvc, "dispatch", "/industry/chains/export" + query);

        assertThat(sheet.rows()).hasSize(2);
        assertThat(sheet.rowsStartingWith(base + "_新能源")).hasSize(1);
    }

    @Test
    void whoDoesNotReadTheChainsCannotTakeThem() throws Exception {
        mvc.perform(get("/industry/chains/export").session(WebTestSupport.login(mvc, "enterprise")))
                .andExpect(status().isForbidden());
    }

    private void node(long chain, String code, NodeStatus status) {
        industry.addNode(
                chain, new NodeForm(ChainSegment.MIDSTREAM, null, "节点" + code, code, status, null, null, 0, 0));
    }
}
