package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.calendar.WorkingCalendar;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The dispatch office's assignment sets the ticket's severity, whose SLA terms count the deadlines (ordinary 7,
 * complex 22 working days), and may choose the resolve deadline itself: a working day, today or later. The form shows
 * the date each severity would give; the API takes both as optional fields.
 */
@IntegrationTest
class TicketAssignSeverityAndDeadlineTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketFlows flows;

    @Autowired
    TicketTestData data;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    Clock clock;

    @Test
    void theAssignFormOffersTheSeverityWithTheDeadlineEachGivesAndAnOptionalDate() throws Exception {
        long id = flows.reported(data.project("GD"));
        LocalDate today = LocalDate.now(clock);
        WorkingCalendar cal = calendar.administrative();
        String page = WebTestSupport.page(mvc, "dispatch", "/tickets/" + id);

        assertThat(page)
                .contains("<option value=\"NORMAL\" selected=\"selected\">一般（按时限 " + cal.addWorkingDays(today, 7))
                .contains("<option value=\"COMPLEX\">复杂（按时限 " + cal.addWorkingDays(today, 22))
                .containsPattern("<input[^>]*type=\"date\"[^>]*name=\"resolveBy\"[^>]*id=\"assign-resolveBy\"")
                .contains("留空则按所选紧急程度");
    }

    @Test
    void aComplexTicketAssignedOnThePageGetsTwentyTwoWorkingDaysAndSaysSoOnItsTimeline() throws Exception {
        long id = flows.reported(data.project("GD"));
        LocalDate today = LocalDate.now(clock);

        assign(id, "COMPLEX", null).andExpect(status().is3xxRedirection());

        TicketView view = flows.view(id);
        assertThat(view.state()).isEqualTo(TicketState.ASSIGNED);
        assertThat(view.severity()).isEqualTo(TicketSeverity.COMPLEX);
        assertThat(view.resolveBy()).isEqualTo(calendar.administrative().addWorkingDays(today, 22));
        TicketView.HistoryEntry assigned = view.history().getLast();
        assertThat(assigned.action()).isEqualTo("ticket.assigned");
        assertThat(assigned.resultKey()).isEqualTo("ticket.severity.COMPLEX");
        assertThat(assigned.detail()).contains(view.resolveBy().toString());
        assertThat(WebTestSupport.page(mvc, "dispatch", "/tickets/" + id)).contains(">复杂</div>");
    }

    @Test
    void aChosenDeadlineMustBeAWorkingDayTodayOrLaterAndComesBackBesideTheDate() throws Exception {
        long id = flows.reported(data.project("GD"));
        WorkingCalendar cal = calendar.administrative();
        LocalDate past = cal.previousWorkingDay(LocalDate.now(clock));

        String page = assign(id, "NORMAL", past)
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .containsPattern("id=\"assign-refusal\"[^>]*>[^<]*" + past + " 已经过去")
                .containsPattern("<input[^>]*name=\"resolveBy\"[^>]*value=\"" + past + "\"");
        assertThat(flows.view(id).state()).isEqualTo(TicketState.REPORTED);

        LocalDate chosen = cal.addWorkingDays(LocalDate.now(clock), 3);
        assign(id, "NORMAL", chosen).andExpect(status().is3xxRedirection());
        TicketView view = flows.view(id);
        assertThat(view.resolveBy()).isEqualTo(chosen);
        assertThat(view.signBy()).isBeforeOrEqualTo(chosen);
        assertThat(view.feedbackBy()).isBeforeOrEqualTo(chosen);
    }

    @Test
    void theApiTakesTheSeverityAndTheDateAsOptionalFields() throws Exception {
        long plain = flows.reported(data.project("GD"));
        api(plain, "{\"departmentId\": " + data.department("GD") + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ASSIGNED"));
        assertThat(flows.view(plain).severity()).isEqualTo(TicketSeverity.NORMAL);

        long id = flows.reported(data.project("GD"));
        LocalDate chosen = calendar.administrative().addWorkingDays(LocalDate.now(clock), 30);
        api(
                        id,
                        "{\"departmentId\": " + data.department("GD") + ", \"severity\": \"COMPLEX\", \"resolveBy\": \""
                                + chosen + "\"}")
                .andExpect(status().isOk());
        assertThat(flows.view(id).severity()).isEqualTo(TicketSeverity.COMPLEX);
        assertThat(flows.view(id).resolveBy()).isEqualTo(chosen);

        long refused = flows.reported(data.project("GD"));
        api(refused, "{\"departmentId\": " + data.department("GD") + ", \"resolveBy\": \"2000-01-03\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("resolveBy"));
    }

    @Test
    void aChosenDeadlineIsShownAsChosenOnThePageAndInTheApiACountedOneAsCountedFromTheSeverity() throws Exception {
        long chosen = flows.reported(data.project("GD"));
        assign(chosen, "NORMAL", calendar.administrative().addWorkingDays(LocalDate.now(clock), 4))
                .andExpect(status().is3xxRedirection());
        long counted = flows.reported(data.project("GD"));
        assign(counted, "COMPLEX", null).andExpect(status().is3xxRedirection());

        assertThat(resolveDeadline(chosen)).contains("人工指定").doesNotContain("按紧急程度");
        assertThat(resolveDeadline(counted)).contains("按紧急程度（复杂）计算").doesNotContain("人工指定");
        ticketJson(chosen).andExpect(jsonPath("$.resolveDateChosen").value(true));
        ticketJson(counted).andExpect(jsonPath("$.resolveDateChosen").value(false));
    }

    /** The resolve deadline's line of the ticket page's deadlines card. */
    private String resolveDeadline(long id) throws Exception {
        String page = WebTestSupport.page(mvc, "dispatch", "/tickets/" + id);
        String line = page.substring(page.indexOf("id=\"ticket-deadline-resolve\""));
        return line.substring(0, line.indexOf("</dd>"));
    }

    private ResultActions ticketJson(long id) throws Exception {
        return mvc.perform(get("/api/v1/tickets/" + id).session(WebTestSupport.login(mvc, "dispatch")))
                .andExpect(status().isOk());
    }

    private ResultActions assign(long id, String severity, LocalDate resolveBy) throws Exception {
        return mvc.perform(post("/tickets/" + id + "/moves/assign")
                .session(WebTestSupport.login(mvc, "dispatch"))
                .with(csrf())
                .param("version", Integer.toString(flows.view(id).version()))
                .param("departmentId", Long.toString(data.department("GD")))
                .param("severity", severity)
                .param("resolveBy", resolveBy == null ? "" : resolveBy.toString())
                .param("reason", ""));
    }

    private ResultActions api(long id, String body) throws Exception {
        return mvc.perform(post("/api/v1/tickets/" + id + "/assign")
                .session(WebTestSupport.login(mvc, "dispatch"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
