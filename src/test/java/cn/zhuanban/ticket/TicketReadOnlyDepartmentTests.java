package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
 * A ticket goes only to a department that handles tickets: the audit bureau (and the supervision office) read every
 * ticket and sign none, so a ticket assigned to them waited for a signature nobody could give. The forms no longer
 * offer them and the server refuses them beside the field, like an unknown department.
 */
@IntegrationTest
class TicketReadOnlyDepartmentTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketFlows flows;

    @Autowired
    TicketTestData data;

    @Test
    void theApiRefusesTheAuditBureauAsLeadOrCoDepartmentNamingTheFieldAndAnOrdinaryDepartmentStillWorks()
            throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long id = flows.reported(data.project("GD"));
        int version = flows.view(id).version();

        act(dispatch, id, "assign", "{\"departmentId\": %d}".formatted(data.department("SJ")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("departmentId"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("区审计局只查阅问题、不签收办理")));
        act(
                        dispatch,
                        id,
                        "assign",
                        "{\"departmentId\": %d, \"coDepartmentIds\": [%d]}"
                                .formatted(data.department("GD"), data.department("SJ")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("coDepartmentIds"));

        TicketView after = flows.view(id);
        assertThat(after.state()).isEqualTo(TicketState.REPORTED);
        assertThat(after.departmentId()).isNull();
        assertThat(after.version()).isEqualTo(version);

        act(dispatch, id, "assign", "{\"departmentId\": %d}".formatted(data.department("GD")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ASSIGNED"));
        assertThat(flows.view(id).departmentId()).isEqualTo(data.department("GD"));
    }

    @Test
    void theAssignFormDoesNotOfferTheAuditBureauAndRefusesItBesideTheSelect() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long id = flows.reported(data.project("GD"));
        TicketView before = flows.view(id);

        String page = mvc.perform(get("/tickets/" + id).session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String select = select(page, "assign-departmentId");
        assertThat(select).contains("value=\"" + data.department("GD") + "\"");
        assertThat(select).doesNotContain("value=\"" + data.department("SJ") + "\"");
        assertThat(select(page, "assign-co")).doesNotContain("value=\"" + data.department("SJ") + "\"");

        String refused = mvc.perform(post("/tickets/" + id + "/moves/assign")
                        .session(dispatch)
                        .with(csrf())
                        .param("version", Integer.toString(before.version()))
                        .param("departmentId", Long.toString(data.department("SJ"))))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("区审计局只查阅问题、不签收办理");
        assertThat(tag(refused, "select", "assign-departmentId")).contains("is-invalid");
        assertThat(flows.view(id).state()).isEqualTo(TicketState.REPORTED);
        assertThat(flows.view(id).version()).isEqualTo(before.version());
    }

    private ResultActions act(MockHttpSession session, long id, String action, String body) throws Exception {
        return mvc.perform(post("/api/v1/tickets/" + id + "/" + action)
                .session(session)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    /** The select with its options. */
    private static String select(String page, String id) {
        Matcher m = Pattern.compile("<select\\b[^>]*\\sid=\"" + id + "\"[^>]*>.*?</select>", Pattern.DOTALL)
                .matcher(page);
        assertThat(m.find()).as("select " + id).isTrue();
        return m.group();
    }

    private static String tag(String page, String element, String id) {
        Matcher m = Pattern.compile("<" + element + "\\b[^>]*\\sid=\"" + id + "\"[^>]*>")
                .matcher(page);
        assertThat(m.find()).as(element + " " + id).isTrue();
        return m.group();
    }
}
