package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The lead department reports progress once it has signed (domain §3): before, its page offers signing or asking to
 * return, not a progress note, and the ticket refuses one; signed, the note's box is labelled as progress.
 */
@IntegrationTest
class TicketProgressNoteTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketFlows flows;

    @Test
    void beforeSigningTheLeadDepartmentIsNotOfferedAProgressNoteAndCannotAddOne() throws Exception {
        long id = flows.assignedToPower();

        String page = WebTestSupport.page(mvc, "handler-power", "/tickets/" + id);
        assertThat(page).contains("id=\"move-sign\"").doesNotContain("id=\"move-note\"");
        assertThatThrownBy(() -> flows.noteByPower(id)).isInstanceOf(BusinessException.class);
        assertThat(flows.view(id).history())
                .extracting(TicketView.HistoryEntry::action)
                .doesNotContain("ticket.noted");
    }

    @Test
    void theOfficeMayStillNoteAnUnsignedTicket() throws Exception {
        long id = flows.assignedToPower();

        assertThat(WebTestSupport.page(mvc, "dispatch", "/tickets/" + id)).contains("id=\"move-note\"");
    }

    @Test
    void onceSignedTheProgressNoteIsOfferedWithItsOwnLabel() throws Exception {
        long id = flows.signedByPower();

        String page = WebTestSupport.page(mvc, "handler-power", "/tickets/" + id);
        assertThat(page).contains("id=\"move-note\"");
        assertThat(page).containsPattern("<label[^>]*for=\"note-reason\"[^>]*>进展说明</label>");
    }
}
