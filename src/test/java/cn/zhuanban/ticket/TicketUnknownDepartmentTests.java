package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A ticket is assigned only to departments that exist: one deleted meanwhile (a stale page) or a tampered id left the
 * ticket running its deadlines for a department nobody could sign for, with "null" in its history.
 */
@IntegrationTest
class TicketUnknownDepartmentTests {

    private static final long UNKNOWN = 999_999_999L;

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketFlows flows;

    @Autowired
    TicketTestData data;

    @Test
    void theApiRefusesAnUnknownLeadOrCoDepartmentNamingTheFieldAndChangesNothing() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long id = flows.reported(data.project("GD"));
        int version = flows.view(id).version();

        act(dispatch, id, "assign", "{\"departmentId\": %d, \"reason\": \"x\"}".formatted(UNKNOWN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("reference-unknown"))
                .andExpect(jsonPath("$.field").value("departmentId"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("所选项不存在或不可选（编号 " + UNKNOWN + "）")));
        act(
                        dispatch,
                        id,
                        "assign",
                        "{\"departmentId\": %d, \"coDepartmentIds\": [%d, %d]}"
                                .formatted(data.department("GD"), data.department("SW"), UNKNOWN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("coDepartmentIds"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString(Long.toString(UNKNOWN))));

        TicketView after = flows.view(id);
        assertThat(after.state()).isEqualTo(TicketState.REPORTED);
        assertThat(after.departmentId()).isNull();
        assertThat(after.signBy()).isNull();
        assertThat(after.version()).isEqualTo(version);

        act(dispatch, id, "assign", "{\"departmentId\": %d}".formatted(data.department("GD")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ASSIGNED"));
    }

    @Test
    void theReassignFormRefusesAnUnknownDepartmentBesideItsSelectAndKeepsTheReason() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long id = flows.assignedToPower();
        flows.management()
                .act(id, TicketMove.REQUEST_RETURN, MoveCommand.withReason("不属于本部门职责"), flows.user("handler-power"));
        TicketView before = flows.view(id);

        String page = mvc.perform(post("/tickets/" + id + "/moves/reassign")
                        .session(dispatch)
                        .with(csrf())
                        .param("version", Integer.toString(before.version()))
                        .param("departmentId", Long.toString(UNKNOWN))
                        .param("reason", "改由水务局牵头"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("所选项不存在或不可选（编号 " + UNKNOWN + "）");
        assertThat(tag(page, "select", "reassign-departmentId")).contains("is-invalid");
        assertThat(page).containsPattern("id=\"reassign-reason\"[^>]*>改由水务局牵头</textarea>");
        TicketView after = flows.view(id);
        assertThat(after.state()).isEqualTo(TicketState.RETURN_REQUESTED);
        assertThat(after.departmentId()).isEqualTo(data.department("GD"));
        assertThat(after.resolveBy()).isEqualTo(before.resolveBy());
        assertThat(after.version()).isEqualTo(before.version());
    }

    private ResultActions act(MockHttpSession session, long id, String action, String body) throws Exception {
        return mvc.perform(post("/api/v1/tickets/" + id + "/" + action)
                .session(session)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static String tag(String page, String element, String id) {
        Matcher m = Pattern.compile("<" + element + "\\b[^>]*\\sid=\"" + id + "\"[^>]*>")
                .matcher(page);
        assertThat(m.find()).as(element + " " + id).isTrue();
        return m.group();
    }
}
