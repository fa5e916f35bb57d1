package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** On a phone the ticket list is a column of cards to tap, each with its state, department and deadline. */
@IntegrationTest
class TicketListPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketFlows flows;

    @Test
    void eachTicketOfThePageIsAlsoACardForPhones() throws Exception {
        long id = flows.assignedToPower();
        TicketView ticket = flows.view(id);

        String page = WebTestSupport.page(mvc, "dispatch", "/tickets?q=" + ticket.title());
        String cards = page.substring(page.indexOf("id=\"ticket-cards\""), page.indexOf("id=\"ticket-table\""));

        assertThat(cards)
                .contains("href=\"/tickets/" + id + "\"", "#" + id + " · " + ticket.projectName())
                .contains("已交办", ticket.departmentName(), "办结时限 " + ticket.resolveBy());
    }
}
