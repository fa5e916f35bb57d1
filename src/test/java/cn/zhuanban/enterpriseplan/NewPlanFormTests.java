package cn.zhuanban.enterpriseplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A new plan whose enterprise choice is no enterprise id comes back as the form with what was typed and a message
 * beside the choice, not as a bare "请求有误" that loses the texts; the message repeats at most 30 characters of it.
 */
@IntegrationTest
class NewPlanFormTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMistypedEnterpriseKeepsTheTypedTextsAndSaysSoBesideTheChoice() throws Exception {
        String situation = TestCodes.unique("企业现状") + "，".repeat(1500);
        long before = plans();

        String page = submit("abc", situation);

        assertThat(page)
                .contains(situation)
                .contains("期待的成效")
                .contains("invalid-feedback d-block\">所填的不是列表中的企业，请从列表中选择<");
        assertThat(plans()).isEqualTo(before);
    }

    /** The field's text is whole without what was typed: it would have ended in a bare colon for a blank value. */
    @Test
    void aLongChoiceIsNotSaidBack() throws Exception {
        String typed = "9x".repeat(2500);

        String page = submit(typed, TestCodes.unique("长选项"));

        assertThat(page).contains("invalid-feedback d-block\">所填的不是列表中的企业，请从列表中选择</div>");
    }

    /** The new plan's texts are refused as an edit's are (PlanTexts): a blank situation, a part or note too long. */
    @Test
    void theNewPlansTextsAreRefusedBesideTheirFieldsAsAnEditsAre() throws Exception {
        String page = mvc.perform(post("/enterprise-plans")
                        .session(WebTestSupport.login(mvc, "dispatch"))
                        .with(csrf())
                        .param("enterpriseId", "")
                        .param("situation", " ")
                        .param("needs", "需".repeat(4001))
                        .param("changeNote", "注".repeat(501))
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page.split("invalid-feedback d-block\">必填项<", -1))
                .as("enterprise and situation")
                .hasSize(3);
        assertThat(page)
                .contains("invalid-feedback d-block\">长度超出限制（最多 4000 个字符）<")
                .contains("invalid-feedback d-block\">长度超出限制（最多 500 个字符）<");
    }

    private String submit(String enterpriseId, String situation) throws Exception {
        return mvc.perform(post("/enterprise-plans")
                        .session(WebTestSupport.login(mvc, "dispatch"))
                        .with(csrf())
                        .param("enterpriseId", enterpriseId)
                        .param("situation", situation)
                        .param("expectedResults", "期待的成效")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long plans() {
        return jdbc.sql("select count(*) from enterprise_plan")
                .query(Long.class)
                .single();
    }
}
