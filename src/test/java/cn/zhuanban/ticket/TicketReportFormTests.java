package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The report form asks for possible duplicates as project, category and title change; its project choice. */
@IntegrationTest
class TicketReportFormTests {

    @Autowired
    MockMvc mvc;

    @Test
    void projectCategoryAndTitleLookForDuplicatesAsTheyChange() throws Exception {
        String html = mvc.perform(get("/tickets/new").session(WebTestSupport.login(mvc, "dispatch")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html.split("hx-get=\"/tickets/duplicates\"", -1)).hasSize(4);
        assertThat(html).contains("keyup changed delay:500ms, change").contains("id=\"description\"");
    }

    /**
     * An enterprise contact's blank form has his project chosen for him; a form refused without a project shows the
     * empty 请选择项目 chosen beside 必填项, not the first project as if it had been sent.
     */
    @Test
    void aFormRefusedWithoutAProjectShowsNoProjectChosen() throws Exception {
        MockHttpSession enterprise = WebTestSupport.login(mvc, "enterprise2");
        assertThat(projectSelect(mvc.perform(get("/tickets/new").session(enterprise))))
                .containsPattern("<option value=\"[0-9]+\" selected");

        String refused = projectSelect(mvc.perform(post("/tickets")
                .session(enterprise)
                .with(csrf())
                .param("projectId", "")
                .param("category", "POWER")
                .param("title", "未选项目")));
        assertThat(refused)
                .contains("is-invalid")
                .contains("<option value=\"\">请选择项目</option>")
                .doesNotContain("selected");
    }

    private static String projectSelect(ResultActions page) throws Exception {
        String html = page.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int start = html.indexOf("<select", html.indexOf("for=\"projectId\""));
        return html.substring(start, html.indexOf("</select>", start));
    }
}
