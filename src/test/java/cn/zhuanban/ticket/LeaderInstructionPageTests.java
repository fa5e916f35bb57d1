package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.calendar.WorkingCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A leader's instruction (领导批示), domain.md §3's third source of tickets: the district leader and the lead officials
 * give one on a project of their scope; it is a ticket assigned at once to the department they choose, by the working
 * day they set, and the department is told as of any assignment.
 */
@IntegrationTest
class LeaderInstructionPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketFlows flows;

    @Autowired
    TicketTestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    Clock clock;

    @Autowired
    LeaderInstructions instructions;

    @Test
    void theDistrictLeaderAndTheLeadOfficialsMayOpenTheFormAndNobodyElse() throws Exception {
        for (String leader : new String[] {"leader", "lead", "lead2"}) {
            assertThat(WebTestSupport.page(mvc, leader, "/tickets/instructions/new"))
                    .as(leader)
                    .contains("id=\"instruction-form\"")
                    .contains("批示内容");
        }
        for (String other : new String[] {"handler", "enterprise", "supervisor", "dispatch"}) {
            mvc.perform(get("/tickets/instructions/new").session(WebTestSupport.login(mvc, other)))
                    .andExpect(status().isForbidden());
            mvc.perform(instruction(WebTestSupport.login(mvc, other), data.project("GD"), workingDayAhead()))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void aLeadOfficialCannotInstructOnAProjectHeDoesNotLead() throws Exception {
        long others = data.project("GD");
        jdbc.sql("update project set lead_official_id = :lead where id = :id")
                .param("lead", data.user("lead2"))
                .param("id", others)
                .update();
        MockHttpSession lead = WebTestSupport.login(mvc, "lead");
        long before = instructionTickets();

        mvc.perform(get("/tickets/instructions/new")
                        .param("projectId", Long.toString(others))
                        .session(lead))
                .andExpect(status().isNotFound());
        mvc.perform(instruction(lead, others, workingDayAhead())).andExpect(status().isNotFound());

        assertThat(instructionTickets()).isEqualTo(before);
        // the project choices only: a department of the same id (made by another test) may be offered below
        String form = WebTestSupport.page(mvc, "lead", "/tickets/instructions/new");
        String projectChoices = form.substring(form.indexOf("id=\"projectId\""), form.indexOf("id=\"category\""));
        assertThat(projectChoices).doesNotContain("value=\"" + others + "\"");
    }

    @Test
    void missingFieldsAndADeadlineInThePastOrOnARestDayAreRefusedBesideTheirFields() throws Exception {
        MockHttpSession leader = WebTestSupport.login(mvc, "leader");
        long before = instructionTickets();

        String empty = mvc.perform(post("/tickets/instructions").session(leader).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (String field : new String[] {"projectId", "category", "title", "content", "departmentId"}) {
            assertThat(empty)
                    .as(field)
                    .containsPattern("id=\"" + field + "\"[^>]*is-invalid|is-invalid[^>]*id=\"" + field + "\"");
        }
        assertThat(empty).contains("必填项");
        // the resolve deadline may be left to the severity's time limit
        assertThat(empty).doesNotContainPattern("id=\"resolveBy\"[^>]*is-invalid|is-invalid[^>]*id=\"resolveBy\"");

        LocalDate today = LocalDate.now(clock);
        String past = body(mvc.perform(instruction(leader, data.project("GD"), today.minusDays(1)))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(past).contains("已经过去").contains("施工用电迟迟未接入");

        WorkingCalendar cal = calendar.administrative();
        LocalDate rest = today.plusDays(1);
        while (cal.isWorkingDay(rest)) {
            rest = rest.plusDays(1);
        }
        String restDay = body(mvc.perform(instruction(leader, data.project("GD"), rest))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(restDay).contains("不是工作日");

        assertThat(instructionTickets()).isEqualTo(before);
    }

    @Test
    void theInstructionIsATicketAssignedAtOnceWithTheChosenDateAndTheDepartmentIsTold() throws Exception {
        long project = data.project("GD");
        LocalDate due = workingDayAhead();
        MvcResult result = mvc.perform(instruction(WebTestSupport.login(mvc, "leader"), project, due))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        long id = Long.parseLong(result.getResponse().getRedirectedUrl().replace("/tickets/", ""));

        TicketView ticket = flows.view(id);
        assertThat(ticket.state()).isEqualTo(TicketState.ASSIGNED);
        assertThat(ticket.departmentId()).isEqualTo(data.department("GD"));
        assertThat(ticket.resolveBy()).isEqualTo(due);
        assertThat(ticket.resolveDateChosen()).isTrue();
        assertThat(ticket.reporterId()).isEqualTo(data.user("leader"));
        assertThat(ticket.description()).isEqualTo("请供电公司三日内拿出接电方案");

        String page = WebTestSupport.page(mvc, "dispatch", "/tickets/" + id);
        assertThat(page).contains("id=\"ticket-source\"").contains("领导批示");
        assertThat(page).contains("批示人：" + flows.user("leader").fullName()).contains("请供电公司三日内拿出接电方案");
        assertThat(page).contains("人工指定");

        String list = WebTestSupport.page(mvc, "leader", "/tickets?source=INSTRUCTION&projectId=" + project);
        assertThat(list).contains("/tickets/" + id).contains("领导批示");
        assertThat(WebTestSupport.page(mvc, "leader", "/tickets?source=REPORT&projectId=" + project))
                .doesNotContain("href=\"/tickets/" + id + "\"");
        // the API's list names the source and filters by it the same way (README, API notes)
        assertThat(WebTestSupport.page(mvc, "leader", "/api/v1/tickets?source=INSTRUCTION&projectId=" + project))
                .contains("\"id\":" + id + ",")
                .contains("\"source\":\"INSTRUCTION\"");
        assertThat(WebTestSupport.page(mvc, "leader", "/api/v1/tickets?source=REPORT&projectId=" + project))
                .doesNotContain("\"id\":" + id + ",");

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(TicketInbox.notices(
                                jdbc, data.user("handler-power"), "notification.ticket.assigned-with-deadlines", id))
                        .isEqualTo(1));
        assertThat(WebTestSupport.page(mvc, "leader", "/")).contains("我的批示（未办结）");
    }

    @Test
    void theLeaderRatesHisInstructionOnceItIsResolved() {
        long instructed = instructions.open(
                new InstructionCommand(
                        data.project("GD"),
                        TicketCategory.POWER,
                        "施工用电迟迟未接入",
                        "请供电公司三日内拿出接电方案",
                        data.department("GD"),
                        null,
                        workingDayAhead(),
                        null),
                flows.user("leader"));
        flows.management().act(instructed, TicketMove.SIGN, MoveCommand.empty(), flows.user("handler-power"));
        flows.resolveByPower(instructed);
        flows.management().act(instructed, TicketMove.REVIEW, MoveCommand.review(true), flows.user("dispatch"));

        TicketState after = flows.management()
                .act(
                        instructed,
                        TicketMove.FEEDBACK,
                        MoveCommand.rate(TicketRating.SATISFIED, null),
                        flows.user("leader"));

        assertThat(after).isEqualTo(TicketState.CLOSED);
    }

    @Test
    void aLeaderAddsAnInstructionToAnAssignedTicketWithoutChangingItsStateAndTheDepartmentIsTold() throws Exception {
        long id = flows.assignedToPower();
        int version = flows.view(id).version();
        assertThat(WebTestSupport.page(mvc, "lead", "/tickets/" + id)).contains("id=\"ticket-instruction-add\"");
        assertThat(WebTestSupport.page(mvc, "dispatch", "/tickets/" + id)).doesNotContain("ticket-instruction-add");

        mvc.perform(post("/tickets/" + id + "/instructions")
                        .session(WebTestSupport.login(mvc, "lead"))
                        .with(csrf())
                        .param("version", Integer.toString(version))
                        .param("content", "本周内必须通电"))
                .andExpect(status().is3xxRedirection());

        TicketView after = flows.view(id);
        assertThat(after.state()).isEqualTo(TicketState.ASSIGNED);
        assertThat(after.history()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("ticket.instructed");
            assertThat(e.detail()).isEqualTo("本周内必须通电");
        });
        assertThat(WebTestSupport.page(mvc, "handler-power", "/tickets/" + id))
                .contains("批示人：" + flows.user("lead").fullName())
                .contains("本周内必须通电");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(TicketInbox.notices(
                                jdbc, data.user("handler-power"), "notification.ticket.instructed", id))
                        .isEqualTo(1));

        long others = flows.assignedToPower();
        jdbc.sql(
                        "update project set lead_official_id = :lead where id = (select project_id from ticket where id = :id)")
                .param("lead", data.user("lead2"))
                .param("id", others)
                .update();
        mvc.perform(post("/tickets/" + others + "/instructions")
                        .session(WebTestSupport.login(mvc, "lead"))
                        .with(csrf())
                        .param("content", "越权批示"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/tickets/" + id + "/instructions")
                        .session(WebTestSupport.login(mvc, "handler-power"))
                        .with(csrf())
                        .param("content", "越权批示"))
                .andExpect(status().isForbidden());
    }

    private LocalDate workingDayAhead() {
        return calendar.administrative().addWorkingDays(LocalDate.now(clock), 3);
    }

    private long instructionTickets() {
        return jdbc.sql("select count(*) from ticket where source = 'INSTRUCTION'")
                .query(Long.class)
                .single();
    }

    private MockHttpServletRequestBuilder instruction(MockHttpSession session, long project, LocalDate due) {
        return post("/tickets/instructions")
                .session(session)
                .with(csrf())
                .param("projectId", Long.toString(project))
                .param("category", "POWER")
                .param("title", "施工用电迟迟未接入")
                .param("content", "请供电公司三日内拿出接电方案")
                .param("departmentId", Long.toString(data.department("GD")))
                .param("resolveBy", due.toString());
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }
}
