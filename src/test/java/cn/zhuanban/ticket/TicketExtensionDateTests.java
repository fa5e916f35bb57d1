package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.calendar.WorkingCalendar;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * An extension's new date is a resolve-by date people choose, like a meeting's deadline: a working day not before
 * today; and the office does not approve a date that has passed meanwhile, which would make the ticket overdue at once.
 */
@IntegrationTest
class TicketExtensionDateTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketFlows flows;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aRestDayIsRefusedInTheApiAndOnTheTicketPageWithAWorkingDayToTake() throws Exception {
        long id = flows.signedByPower();
        WorkingCalendar cal = calendar.administrative();
        LocalDate resolveBy = flows.view(id).resolveBy();
        LocalDate sunday = resolveBy.plusDays(1);
        // a Sunday whose working day before still extends the deadline (not the Friday it already is)
        while (sunday.getDayOfWeek() != DayOfWeek.SUNDAY
                || cal.isWorkingDay(sunday)
                || cal.nameOf(sunday) != null
                || !cal.previousWorkingDay(sunday).isAfter(resolveBy)) {
            sunday = sunday.plusDays(1);
        }
        MockHttpSession power = WebTestSupport.login(mvc, "handler-power");

        act(power, id, "request-extension", "{\"newDate\": \"%s\", \"reason\": \"设备到货推迟\"}".formatted(sunday))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString(sunday + " 是休息日，不是工作日")));
        String page = mvc.perform(post("/tickets/" + id + "/moves/request-extension")
                        .session(power)
                        .with(csrf())
                        .param("version", Integer.toString(flows.view(id).version()))
                        .param("newDate", sunday.toString())
                        .param("reason", "设备到货推迟"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("前一个工作日 " + cal.previousWorkingDay(sunday));
        assertThat(flows.view(id).extensionUntil()).isNull();

        LocalDate workingDay = cal.previousWorkingDay(sunday);
        act(power, id, "request-extension", "{\"newDate\": \"%s\", \"reason\": \"设备到货推迟\"}".formatted(workingDay))
                .andExpect(status().isOk());
        assertThat(flows.view(id).extensionUntil()).isEqualTo(workingDay);
    }

    @Test
    void aDateNotLaterThanTheDeadlineIsRefusedBesideTheDateWithTheDeadlineAndTheFormKept() throws Exception {
        long id = flows.signedByPower();
        LocalDate resolveBy = flows.view(id).resolveBy();
        LocalDate earlier = calendar.administrative().addWorkingDays(resolveBy, -1);
        MockHttpSession power = WebTestSupport.login(mvc, "handler-power");

        act(power, id, "request-extension", "{\"newDate\": \"%s\", \"reason\": \"设备到货推迟\"}".formatted(earlier))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("newDate"));
        String page = mvc.perform(post("/tickets/" + id + "/moves/request-extension")
                        .session(power)
                        .with(csrf())
                        .param("version", Integer.toString(flows.view(id).version()))
                        .param("newDate", earlier.toString())
                        .param("reason", "设备到货推迟"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("延期日期必须晚于当前办结时限（" + resolveBy + "）", "设备到货推迟").doesNotContain("不能“申请延期”");
        assertThat(page).containsPattern("<input[^>]*id=\"extension-date\"[^>]*value=\"" + earlier + "\"");
        assertThat(page).containsPattern("<input[^>]*is-invalid[^>]*id=\"extension-date\"");
        assertThat(flows.view(id).extensionUntil()).isNull();
    }

    @Test
    void anOverdueTicketCannotAskForADateThatHasAlsoPassed() throws Exception {
        long id = flows.signedByPower();
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("update ticket set resolve_by = :d where id = :id")
                .param("d", today.minusDays(20))
                .param("id", id)
                .update();
        MockHttpSession power = WebTestSupport.login(mvc, "handler-power");
        LocalDate passed = today.minusDays(3);

        act(power, id, "request-extension", "{\"newDate\": \"%s\", \"reason\": \"补报延期\"}".formatted(passed))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString(passed + " 已经过去")));
        assertThat(flows.view(id).extensionUntil()).isNull();
    }

    @Test
    void theOfficeCannotApproveADateThatHasPassedMeanwhileButMayRefuseIt() throws Exception {
        long id = flows.signedByPower();
        LocalDate today = LocalDate.now(clock);
        MockHttpSession power = WebTestSupport.login(mvc, "handler-power");
        LocalDate asked =
                calendar.administrative().addWorkingDays(flows.view(id).resolveBy(), 5);
        act(power, id, "request-extension", "{\"newDate\": \"%s\", \"reason\": \"设备到货推迟\"}".formatted(asked))
                .andExpect(status().isOk());
        // the request waited while its date passed
        jdbc.sql("update ticket set resolve_by = :r, extension_until = :e where id = :id")
                .param("r", today.minusDays(20))
                .param("e", today.minusDays(2))
                .param("id", id)
                .update();
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");

        act(dispatch, id, "decide-extension", "{\"approved\": true}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("已经过去")));
        assertThat(flows.view(id).resolveBy()).isEqualTo(today.minusDays(20));
        act(dispatch, id, "decide-extension", "{\"approved\": false, \"reason\": \"日期已过\"}")
                .andExpect(status().isOk());
        assertThat(flows.view(id).extensionUntil()).isNull();
    }

    private ResultActions act(MockHttpSession session, long id, String action, String body) throws Exception {
        return mvc.perform(post("/api/v1/tickets/" + id + "/" + action)
                .session(session)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
