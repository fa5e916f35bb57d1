package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A duplicate is merged only into another ticket of the same project that is still being worked on: merged into a
 * closed one nobody worked on it, and merged into another enterprise's project its reporter could not open the ticket
 * his problem went into. The merge form offers only those tickets.
 */
@IntegrationTest
class TicketMergeTargetTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketFlows flows;

    @Autowired
    TicketTestData data;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theApiRefusesAClosedAResolvedOrAMergedTargetAsAConflictNamingIt() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long project = data.project("GD");
        long duplicate = flows.reported(project);
        long closed = flows.reported(project);
        jdbc.sql("update ticket set state = 'CLOSED' where id = :id")
                .param("id", closed)
                .update();
        long resolved = flows.reported(project);
        act(dispatch, resolved, "resolve-on-the-spot", "{\"reason\": \"已现场协调\"}")
                .andExpect(status().isOk());
        long open = flows.reported(project);
        long merged = flows.reported(project);
        act(dispatch, merged, "merge", "{\"mergeIntoId\": %d}".formatted(open)).andExpect(status().isOk());

        act(dispatch, duplicate, "merge", "{\"mergeIntoId\": %d}".formatted(closed))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ticket.move-refused"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("工单 #" + closed + " 当前为“已销号”状态")));
        act(dispatch, duplicate, "merge", "{\"mergeIntoId\": %d}".formatted(resolved))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("已办结待审核")));
        act(dispatch, duplicate, "merge", "{\"mergeIntoId\": %d}".formatted(merged))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("请改为并入 #" + open)));
        act(dispatch, duplicate, "merge", "{\"mergeIntoId\": %d}".formatted(duplicate))
                .andExpect(status().isBadRequest());
        assertThat(flows.view(duplicate).state()).isEqualTo(TicketState.REPORTED);

        act(dispatch, duplicate, "merge", "{\"mergeIntoId\": %d}".formatted(open))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("MERGED"));
        assertThat(flows.view(duplicate).mergedIntoId()).isEqualTo(open);
    }

    @Test
    void theApiRefusesATicketOfAnotherProjectAsBadInputSoTheReporterNeverLosesSightOfHisProblem() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long duplicate = flows.reported(data.project("GD"));
        long elsewhere = flows.reported(data.project("GD"));

        act(dispatch, duplicate, "merge", "{\"mergeIntoId\": %d}".formatted(elsewhere))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("属于另一个项目")));
        assertThat(flows.view(duplicate).state()).isEqualTo(TicketState.REPORTED);
    }

    @Test
    void theMergeFormOffersOnlyOpenTicketsOfTheSameProjectAndRefusesOthersBesideIt() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long project = data.project("GD");
        long duplicate = flows.reported(project);
        long open = flows.reported(project);
        long assigned = flows.reported(project);
        act(dispatch, assigned, "assign", "{\"departmentId\": %d}".formatted(data.department("GD")))
                .andExpect(status().isOk());
        long closed = flows.reported(project);
        jdbc.sql("update ticket set state = 'CLOSED' where id = :id")
                .param("id", closed)
                .update();
        long elsewhere = flows.reported(data.project("GD"));

        String page = mvc.perform(get("/tickets/" + duplicate).session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(options(page)).containsExactlyInAnyOrder(open, assigned);

        String refused = mvc.perform(post("/tickets/" + duplicate + "/moves/merge")
                        .session(dispatch)
                        .with(csrf())
                        .param("version", Integer.toString(flows.view(duplicate).version()))
                        .param("mergeIntoId", Long.toString(closed)))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("工单 #" + closed + " 当前为“已销号”状态");
        mvc.perform(post("/tickets/" + duplicate + "/moves/merge")
                        .session(dispatch)
                        .with(csrf())
                        .param("version", Integer.toString(flows.view(duplicate).version()))
                        .param("mergeIntoId", Long.toString(elsewhere)))
                .andExpect(status().isBadRequest())
                .andExpect(result ->
                        assertThat(result.getResponse().getContentAsString()).contains("属于另一个项目"));
        assertThat(flows.view(duplicate).state()).isEqualTo(TicketState.REPORTED);
    }

    private static List<Long> options(String page) {
        Matcher select = Pattern.compile("<select[^>]*id=\"merge-into\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                .matcher(page);
        assertThat(select.find()).as("the merge form's pick list").isTrue();
        Matcher option = Pattern.compile("<option value=\"(\\d+)\"").matcher(select.group(1));
        List<Long> ids = new java.util.ArrayList<>();
        while (option.find()) {
            ids.add(Long.parseLong(option.group(1)));
        }
        return ids;
    }

    private ResultActions act(MockHttpSession session, long id, String action, String body) throws Exception {
        return mvc.perform(post("/api/v1/tickets/" + id + "/" + action)
                .session(session)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
