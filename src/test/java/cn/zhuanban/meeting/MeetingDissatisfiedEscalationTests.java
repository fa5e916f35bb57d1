package cn.zhuanban.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.meeting.MeetingRecords.AgendaItemView;
import cn.zhuanban.meeting.MeetingRecords.SeriesForm;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.ticket.MoveCommand;
import cn.zhuanban.ticket.ReportCommand;
import cn.zhuanban.ticket.TicketCategory;
import cn.zhuanban.ticket.TicketManagement;
import cn.zhuanban.ticket.TicketMove;
import cn.zhuanban.ticket.TicketOutcome;
import cn.zhuanban.ticket.TicketRating;
import cn.zhuanban.ticket.TicketSeverity;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A ticket closed and escalated to the lead official after the reporter's second "dissatisfied" (domain §3) goes to
 * the next weekly meeting: the escalation puts it on the meeting already planned, and the agenda's refresh gives it
 * too, as an item of its own (不满意提级问题). Closed, it was on no list of open tickets the agenda is built from.
 */
@IntegrationTest
class MeetingDissatisfiedEscalationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    TicketManagement tickets;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aTicketClosedAfterTheSecondDissatisfactionComesUpAtTheNextMeeting() throws Exception {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        CurrentUser dispatch = fx.user("dispatch");
        CurrentUser handler = fx.user("handler-power");
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
        long project = fx.project(fx.enterprise(), taskForce);
        LocalDate next = LocalDate.now(clock).plusWeeks(1);
        long series = meetings.createSeries(
                new SeriesForm(taskForce, next.getDayOfWeek(), LocalTime.of(9, 0), "专班办公室"), dispatch);
        long meeting = meetings.plan(series, next, dispatch);

        String title = TestCodes.unique("临时用电两次不满意");
        long ticket = tickets.report(
                new ReportCommand(project, TicketCategory.POWER, title, "施工临时用电", TicketSeverity.NORMAL),
                List.of(),
                dispatch);
        tickets.act(ticket, TicketMove.ASSIGN, MoveCommand.assignTo(handler.departmentId()), dispatch);
        tickets.act(ticket, TicketMove.SIGN, MoveCommand.empty(), handler);
        for (int round = 0; round < 2; round++) {
            tickets.act(ticket, TicketMove.RESOLVE, MoveCommand.resolve("已接电", TicketOutcome.SOLVED), handler);
            tickets.act(ticket, TicketMove.REVIEW, MoveCommand.review(true), dispatch);
            tickets.act(ticket, TicketMove.FEEDBACK, MoveCommand.rate(TicketRating.DISSATISFIED, "仍未通电"), dispatch);
        }

        // the escalation puts it on the meeting already planned
        await().atMost(Duration.ofSeconds(10)).until(() -> escalatedItems(meeting, dispatch, ticket) == 1);
        AgendaItemView item = meetings.find(meeting, dispatch).items().stream()
                .filter(i -> i.source() == AgendaSource.TICKET_ESCALATED)
                .findFirst()
                .orElseThrow();
        assertThat(item.title()).endsWith("#" + ticket + " " + title);
        assertThat(item.projectId()).isEqualTo(project);
        // a refresh keeps it: the data gives it too
        meetings.refreshAgenda(meeting, dispatch);
        assertThat(escalatedItems(meeting, dispatch, ticket)).isOne();

        // an agenda that missed it (escalated before this was done) gets it from the refresh
        jdbc.sql("delete from agenda_item where id = :id")
                .param("id", item.id())
                .update();
        assertThat(meetings.refreshAgenda(meeting, dispatch).added()).isPositive();
        assertThat(escalatedItems(meeting, dispatch, ticket)).isOne();
        LocalDate closedOn = jdbc.sql("select closed_at from ticket where id = :id")
                .param("id", ticket)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant()
                .atZone(clock.getZone())
                .toLocalDate();
        assertThat(WebTestSupport.page(mvc, "dispatch", "/meetings/" + meeting))
                .contains("不满意提级问题", "两次不满意，销号并提级（" + closedOn + "），提请例会研究");
    }

    private long escalatedItems(long meeting, CurrentUser user, long ticket) {
        return meetings.find(meeting, user).items().stream()
                .filter(i -> i.source() == AgendaSource.TICKET_ESCALATED && i.refId() == ticket)
                .count();
    }
}
