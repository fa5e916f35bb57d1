package cn.zhuanban.industry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.industry.IndustryCommands.ChainForm;
import cn.zhuanban.industry.IndustryCommands.NodeForm;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Attaching enterprises and projects to a chain node on its page. */
@IntegrationTest
class NodeMembersTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IndustryManagement industry;

    /**
     * Someone without the permission to edit chains is refused before anything about the request is looked at: an
     * attach without its id answered 400 to him, so he learnt what the endpoint wants before being told he may not.
     */
    @Test
    void anAttachWithoutThePermissionIsForbiddenWithOrWithoutItsId() throws Exception {
        long node = node();
        MockHttpSession leader = WebTestSupport.login(mvc, "leader");
        for (String member : List.of("enterprises", "projects")) {
            String path = "/industry/nodes/" + node + "/" + member;
            mvc.perform(post(path).session(leader).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post(path).session(leader).with(csrf()).param(idOf(member), ""))
                    .andExpect(status().isForbidden());
            mvc.perform(post(path).session(leader).with(csrf()).param(idOf(member), "1"))
                    .andExpect(status().isForbidden());
        }
        assertThat(industry.node(node).orElseThrow().enterpriseIds()).isEmpty();
    }

    /** Someone who may attach and sent no choice is told so in his language, not shown a bare 400 page. */
    @Test
    void anAttachWithoutAChoiceIsRefusedWithAMessage() throws Exception {
        long node = node();
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        mvc.perform(post("/industry/nodes/" + node + "/enterprises")
                        .session(dispatch)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请选择要挂接的企业")));
        mvc.perform(post("/industry/nodes/" + node + "/projects")
                        .session(dispatch)
                        .with(csrf())
                        .param("projectId", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请选择要挂接的项目")));
        assertThat(industry.node(node).orElseThrow().enterpriseIds()).isEmpty();
        assertThat(industry.node(node).orElseThrow().projectIds()).isEmpty();
    }

    private long node() {
        long chain = industry.createChain(new ChainForm(TestCodes.unique("挂接测试链"), null, null, 0, 0));
        return industry.addNode(
                chain,
                new NodeForm(ChainSegment.MIDSTREAM, null, "挂接测试节点", "C2710", NodeStatus.WEAK, null, null, 0, 0));
    }

    private static String idOf(String member) {
        return member.equals("enterprises") ? "enterpriseId" : "projectId";
    }
}
