package cn.zhuanban.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.ticket.TicketTestData;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The workbench's ticket cards name the first tickets behind their counts, like the project cards. */
@IntegrationTest
class TicketItemsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketTestData data;

    @Test
    void theCardOfTicketsToAssignListsTheNewestOnesWithLinks() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        String json = mvc.perform(post("/api/v1/tickets")
                        .session(dispatch)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"projectId": %d, "category": "WATER", "title": "工地临时供水<b>压力不足</b>",
                                 "description": "待交办", "severity": "NORMAL"}""".formatted(data.project("GD"))))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();

        String workbench = mvc.perform(get("/").session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String card = workbench.substring(workbench.indexOf("/tickets?todo=TO_ASSIGN"));
        card = card.substring(0, card.indexOf("</ul>"));
        assertThat(card).contains("href=\"/tickets/" + id + "\"").contains("工地临时供水&lt;b&gt;压力不足&lt;/b&gt;");
    }
}
