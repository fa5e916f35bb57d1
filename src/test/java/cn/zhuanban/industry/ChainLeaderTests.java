package cn.zhuanban.industry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.BuiltinRoles;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.UserCommands.Grant;
import cn.zhuanban.identity.UserCommands.NewUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.industry.IndustryCommands.ChainForm;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A chain's leader (链长) is one the form offers, an enabled district leader or lead official: an id of nobody (a
 * tampered form), of a handler or of a disabled account is refused beside the field with what was typed kept. The
 * leader a chain has stays, even disabled meanwhile, so that its other fields can still be saved.
 */
@IntegrationTest
class ChainLeaderTests {

    private static final long UNKNOWN = 999_999_999L;

    @Autowired
    MockMvc mvc;

    @Autowired
    IndustryManagement industry;

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLeaderWhoDoesNotExistIsRefusedBesideTheFieldAndNoChainIsSaved() throws Exception {
        String name = TestCodes.unique("无链长链");

        String page = save("/industry/chains", name, UNKNOWN, 0);

        assertThat(page).contains("所选项不存在或不可选（编号 " + UNKNOWN + "）");
        assertThat(select(page)).contains("is-invalid");
        assertThat(page).contains("value=\"" + name + "\"").contains(">保留的说明</textarea>");
        assertThat(chainsNamed(name)).isZero();
    }

    @Test
    void onlyAnEnabledLeaderOrLeadOfficialMayLeadAChain() throws Exception {
        long handler = directory.findByUsername("handler").orElseThrow().id();
        long disabled = leadOfficial();
        jdbc.update("update app_user set enabled = false where id = ?", disabled);
        long lead = directory.findByUsername("lead").orElseThrow().id();
        String name = TestCodes.unique("链长链");

        assertThat(save("/industry/chains", name, handler, 0)).contains("编号 " + handler + "）");
        assertThat(save("/industry/chains", name, disabled, 0)).contains("编号 " + disabled + "）");
        assertThat(chainsNamed(name)).isZero();

        mvc.perform(post("/industry/chains")
                        .session(WebTestSupport.login(mvc, "dispatch"))
                        .with(csrf())
                        .param("name", name)
                        .param("chainLeaderId", Long.toString(lead))
                        .param("sortOrder", "0")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select chain_leader_id from industry_chain where name = ?", Long.class, name))
                .isEqualTo(lead);
    }

    @Test
    void aNegativeSortOrderIsRefused() throws Exception {
        String name = TestCodes.unique("负序链");
        String page = mvc.perform(post("/industry/chains")
                        .session(WebTestSupport.login(mvc, "dispatch"))
                        .with(csrf())
                        .param("name", name)
                        .param("sortOrder", "-1")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("不能为负数");
        assertThat(chainsNamed(name)).isZero();
    }

    @Test
    void aLeaderDisabledMeanwhileStaysOfferedAndTheChainCanStillBeSaved() throws Exception {
        long leader = leadOfficial();
        long chain = industry.createChain(new ChainForm(TestCodes.unique("旧链长链"), leader, null, 0, 0));
        jdbc.update("update app_user set enabled = false where id = ?", leader);
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");

        String form = mvc.perform(get("/industry/chains/" + chain + "/edit").session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).containsPattern("<option value=\"" + leader + "\"[^>]*selected");

        String renamed = TestCodes.unique("改名链");
        mvc.perform(post("/industry/chains/" + chain)
                        .session(dispatch)
                        .with(csrf())
                        .param("name", renamed)
                        .param("chainLeaderId", Long.toString(leader))
                        .param("sortOrder", "0")
                        .param("version", Integer.toString(industry.chain(chain).version())))
                .andExpect(status().is3xxRedirection());
        assertThat(industry.chain(chain).name()).isEqualTo(renamed);
        assertThat(industry.chain(chain).chainLeaderId()).isEqualTo(leader);
    }

    private String save(String path, String name, long leaderId, int version) throws Exception {
        return mvc.perform(post(path)
                        .session(WebTestSupport.login(mvc, "dispatch"))
                        .with(csrf())
                        .param("name", name)
                        .param("chainLeaderId", Long.toString(leaderId))
                        .param("description", "保留的说明")
                        .param("sortOrder", "0")
                        .param("version", Integer.toString(version)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long leadOfficial() {
        long id = identity.createUser(
                new NewUser(TestCodes.unique("chainlead"), "链长候选", null, null, null, null, "Start#2026pw"));
        identity.grant(
                id,
                new Grant(
                        Set.of(BuiltinRoles.LEAD_OFFICIAL),
                        DataScope.ALL,
                        directory.user(id).version()));
        return id;
    }

    private int chainsNamed(String name) {
        return jdbc.queryForObject("select count(*) from industry_chain where name = ?", Integer.class, name);
    }

    private static String select(String page) {
        Matcher m =
                Pattern.compile("<select[^>]*\\sname=\"chainLeaderId\"[^>]*>").matcher(page);
        assertThat(m.find()).as("select chainLeaderId").isTrue();
        return m.group();
    }
}
