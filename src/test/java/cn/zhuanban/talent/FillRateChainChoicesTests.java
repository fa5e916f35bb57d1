package cn.zhuanban.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.industry.IndustryCommands.ChainForm;
import cn.zhuanban.industry.IndustryManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The fill rates' chain filter offers any chain, as the other pick lists do: the search box beside it finds a chain
 * by its name, and a chosen chain stays chosen (and its section shows it) though it is not among the first chains
 * the list offers. The list was the first 200 chains by name.
 */
@IntegrationTest
class FillRateChainChoicesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IndustryManagement industry;

    private String page(MockHttpSession session, String url) throws Exception {
        return mvc.perform(get(url).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aChainIsFoundByItsNameAndStaysChosen() throws Exception {
        // a name sorted after the others, so that the first page of choices need not hold it
        String name = TestCodes.unique("龥链");
        long chain = industry.createChain(new ChainForm(name, null, null, 0, 0));
        // enough chains for the search box, which a list of under ten choices goes without
        for (int i = 0; i < 10; i++) {
            industry.createChain(new ChainForm(TestCodes.unique("龥龥链"), null, null, 0, 0));
        }
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");

        String options = page(dispatch, "/talent/fill-rates/chain-choices?chainQ=" + name);
        assertThat(options).contains("<option value=\"" + chain + "\">" + name + "</option>");
        assertThat(options).doesNotContain("<html").contains("全部产业链");

        String kept = page(dispatch, "/talent/fill-rates/chain-choices?chainQ=nothing-like-it&chainId=" + chain);
        assertThat(kept).contains("<option value=\"" + chain + "\" selected=\"selected\">" + name + "</option>");

        String filtered = page(dispatch, "/talent/fill-rates?chainId=" + chain);
        assertThat(filtered)
                .contains("id=\"fill-chain-choice\"")
                .contains("<option value=\"" + chain + "\" selected=\"selected\">" + name + "</option>")
                .contains("hx-get=\"/talent/fill-rates/chain-choices\"")
                .contains(">" + name + "</a>");
    }
}
