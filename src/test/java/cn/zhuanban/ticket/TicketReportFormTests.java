package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The report form asks for possible duplicates as project, category and title change. */
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
}
