package cn.zhuanban.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.dashboard.reports.Briefing;
import cn.zhuanban.dashboard.reports.BriefingAssembler;
import cn.zhuanban.dashboard.reports.ReportKind;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.meeting.MeetingRecords.ActionView;
import cn.zhuanban.meeting.MeetingRecords.DecisionForm;
import cn.zhuanban.meeting.MeetingRecords.SeriesForm;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.web.Downloads;
import java.io.ByteArrayInputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The decisions ledger (议定事项台账): every decision of the meetings the user sees, filtered by task force, owner
 * department, words and state (open, overdue, closed, closed late), paged in the database, exported with the same
 * filter; nothing of task forces outside the scope, tickets linked only for who may open them.
 */
@IntegrationTest
class ActionLedgerTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    MockMvc mvc;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    MeetingDecisions decisions;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    UserDirectory directory;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    BriefingAssembler assembler;

    @Autowired
    ActionLedger ledger;

    ServiceFixtures fx;
    CurrentUser dispatch;
    long zrzy;
    long power;
    long taskForce;
    String word;
    long overdue;
    long open;
    long closedLate;

    @BeforeEach
    void decide() {
        fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        dispatch = fx.user("dispatch");
        zrzy = departments.findByCode("ZRZY").orElseThrow().id();
        power = departments.findByCode("GD").orElseThrow().id();
        taskForce = fx.taskForce(null, Set.of(), Set.of(zrzy, power));
        fx.project(fx.enterprise(), taskForce);
        long series = meetings.createSeries(
                new SeriesForm(taskForce, DayOfWeek.MONDAY, LocalTime.of(9, 0), "指挥部会议室"), dispatch);
        long meeting = meetings.plan(series, TODAY.minusDays(40), dispatch);
        word = TestCodes.unique("台账");
        overdue = decide(meeting, word + "供电公司完成临时用电接入", power, "handler-power", TODAY.minusDays(5));
        open = decide(meeting, word + "自然资源局完成红线复核", zrzy, "handler", TODAY.plusDays(20));
        closedLate = decide(meeting, word + "自然资源局出具用地意见", zrzy, "handler", TODAY.minusDays(30));
        jdbc.sql("update meeting_action set status = 'CLOSED', closed_on = :on where id = :id")
                .param("on", TODAY.minusDays(10))
                .param("id", closedLate)
                .update();
    }

    @Test
    void listsEveryDecisionOfTheTaskForceOpenFirstByDeadline() throws Exception {
        String page = page("dispatch", "taskForceId=" + taskForce);

        assertThat(ids(page)).containsExactly(overdue, open, closedLate);
        assertThat(page)
                .contains("办结超期", "未办结", "超期办结", "第1期周例会", "限" + TODAY.plusDays(20) + "完成", "已交办")
                .contains("href=\"/meetings/actions/export?taskForceId=" + taskForce + "&amp;\"");
    }

    @Test
    void filtersByStateDepartmentAndWords() throws Exception {
        assertThat(ids(page("dispatch", "taskForceId=" + taskForce + "&state=OVERDUE")))
                .containsExactly(overdue);
        assertThat(ids(page("dispatch", "taskForceId=" + taskForce + "&state=OPEN")))
                .containsExactly(overdue, open);
        assertThat(ids(page("dispatch", "taskForceId=" + taskForce + "&state=CLOSED")))
                .containsExactly(closedLate);
        assertThat(ids(page("dispatch", "taskForceId=" + taskForce + "&departmentId=" + zrzy)))
                .containsExactly(open, closedLate);
        assertThat(ids(page("dispatch", "q=" + word + "自然资源局出具"))).containsExactly(closedLate);
        // a filter typed wrong into the address shows the ledger, not an error page
        assertThat(ids(page("dispatch", "taskForceId=" + taskForce + "&state=SOMEDAY")))
                .contains(overdue, open, closedLate);
    }

    @Test
    void aDepartmentOnTheTaskForceSeesItsDecisionsAndOpensOnlyItsOwnTickets() throws Exception {
        String page = page("handler", "taskForceId=" + taskForce);

        assertThat(ids(page)).containsExactly(overdue, open, closedLate);
        assertThat(page)
                .contains("href=\"/tickets/" + ticketOf(open) + "\"")
                .doesNotContain("href=\"/tickets/" + ticketOf(overdue) + "\"")
                .contains("#" + ticketOf(overdue));
        assertThat(ids(page("lead2", "q=" + word))).isEmpty();
    }

    @Test
    void aDepartmentSeesTheDecisionsItOwnsFromMeetingsItDoesNotAttend() throws Exception {
        long elsewhere = fx.taskForce(null, Set.of(), Set.of(zrzy));
        fx.project(fx.enterprise(), elsewhere);
        long series = meetings.createSeries(
                new SeriesForm(elsewhere, DayOfWeek.FRIDAY, LocalTime.of(15, 0), "自然资源局会议室"), dispatch);
        long meeting = meetings.plan(series, TODAY.minusDays(20), dispatch);
        long owed = decide(meeting, word + "供电公司排查线路走廊", power, "handler-power", TODAY.minusDays(3));
        long notOwed = decide(meeting, word + "自然资源局核发规划许可", zrzy, "handler", TODAY.minusDays(3));

        assertThat(ids(page("handler-power", "q=" + word)))
                .contains(owed, overdue)
                .doesNotContain(notOwed);
        assertThat(WebTestSupport.page(mvc, "handler-power", "/"))
                .contains("超期未办结的议定事项", "href=\"/meetings/actions?state=OVERDUE&amp;departmentId=" + power + "\"");
        assertThat(WebTestSupport.page(mvc, "dispatch", "/"))
                .contains("超期未办结的议定事项", "href=\"/meetings/actions?state=OVERDUE\"");
        assertThat(WebTestSupport.page(mvc, "enterprise", "/")).doesNotContain("超期未办结的议定事项");
    }

    @Test
    void theBriefingsListTheDecisionsPastTheirDeadline() {
        Briefing weekly = assembler.of(ReportKind.WEEKLY, dispatch, TODAY, Locale.SIMPLIFIED_CHINESE);

        assertThat(weekly.decisions())
                .extracting(ActionLedgerRow::id)
                .contains(overdue)
                .doesNotContain(open, closedLate);
    }

    @Test
    void aDecisionWhoseTicketIsOverdueOnItsSignDeadlineIsOverdueInTheLedgerAndTheBriefings() throws Exception {
        LocalDate signBy = TODAY.minusDays(9);
        jdbc.sql("update ticket set sign_by = :d where id = :id and state = 'ASSIGNED'")
                .param("d", signBy)
                .param("id", ticketOf(open))
                .update();

        assertThat(ids(page("dispatch", "taskForceId=" + taskForce + "&state=OVERDUE")))
                .containsExactly(overdue, open);
        assertThat(ledger.search(new ActionFilter(null, taskForce, null, null), dispatch, new PageQuery(0, 10))
                        .content())
                .filteredOn(a -> a.id() == open)
                .singleElement()
                .satisfies(
                        a -> assertThat(a.standing(TODAY)).as("签收超期, not 未办结").isEqualTo("open-late-sign"));
        Briefing weekly = assembler.of(ReportKind.WEEKLY, dispatch, TODAY, Locale.SIMPLIFIED_CHINESE);
        assertThat(weekly.decisions())
                .filteredOn(a -> a.id() == open)
                .singleElement()
                .satisfies(
                        a -> assertThat(a.deadline()).as("the deadline missed").isEqualTo(signBy));
    }

    @Test
    void exportsTheFilteredLedger() throws Exception {
        byte[] xlsx = mvc.perform(get("/meetings/actions/export?taskForceId=" + taskForce + "&state=OPEN")
                        .session(WebTestSupport.login(mvc, "dispatch")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(Downloads.XLSX))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter format = new DataFormatter();
            for (Row row : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(format.formatCellValue(c)));
                rows.add(cells);
            }
        }

        assertThat(rows.getFirst()).contains("服务专班", "例会期次", "议定事项", "责任单位", "完成时限", "办理状态");
        assertThat(rows.subList(1, rows.size()))
                .extracting(r -> r.get(3))
                .containsExactly(word + "供电公司完成临时用电接入", word + "自然资源局完成红线复核");
        assertThat(rows.get(1))
                .contains("区供电公司", "已交办")
                .anySatisfy(c -> assertThat(c).startsWith("办结超期 "));
        mvc.perform(get("/meetings/actions/export").session(WebTestSupport.login(mvc, "enterprise")))
                .andExpect(status().isForbidden());
    }

    /**
     * A decision due on {@code deadline}. A decision cannot be given a past deadline: one due in the past was decided
     * with a deadline still to come, which has passed since (moved back in the data, its ticket's too).
     */
    private long decide(long meeting, String decision, long department, String owner, LocalDate deadline) {
        LocalDate settable = calendar.administrative().workingDayOnOrAfter(deadline.isBefore(TODAY) ? TODAY : deadline);
        decisions.decide(
                meeting,
                new DecisionForm(null, decision, department, fx.userId(owner), settable),
                meetings.find(meeting, dispatch).version(),
                dispatch);
        long action = meetings.find(meeting, dispatch).decisions().stream()
                .filter(a -> a.decision().equals(decision))
                .findFirst()
                .map(ActionView::id)
                .orElseThrow();
        jdbc.sql("update meeting_action set deadline = :d where id = :id")
                .param("d", deadline)
                .param("id", action)
                .update();
        jdbc.sql("update ticket set resolve_by = :d where id = (select ticket_id from meeting_action where id = :id)")
                .param("d", deadline)
                .param("id", action)
                .update();
        return action;
    }

    private long ticketOf(long action) {
        return jdbc.sql("select ticket_id from meeting_action where id = :id")
                .param("id", action)
                .query(Long.class)
                .single();
    }

    private String page(String user, String query) throws Exception {
        return WebTestSupport.page(mvc, user, "/meetings/actions?" + query);
    }

    /** The actions listed, in the order shown. */
    private static List<Long> ids(String page) {
        List<Long> ids = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("data-action=\"(\\d+)\"").matcher(page);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }
}
