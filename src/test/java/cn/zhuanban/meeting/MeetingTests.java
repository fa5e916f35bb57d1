package cn.zhuanban.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.HtmlParts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.meeting.MeetingRecords.ActionView;
import cn.zhuanban.meeting.MeetingRecords.AgendaItemView;
import cn.zhuanban.meeting.MeetingRecords.DecisionForm;
import cn.zhuanban.meeting.MeetingRecords.MeetingView;
import cn.zhuanban.meeting.MeetingRecords.SeriesForm;
import cn.zhuanban.meeting.MeetingRecords.SeriesView;
import cn.zhuanban.project.ProjectForm;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectLighting;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.StatusLight;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.schedule.NewPlanRow;
import cn.zhuanban.schedule.PlanManagement;
import cn.zhuanban.schedule.PlanOverviews;
import cn.zhuanban.schedule.PlanSheet;
import cn.zhuanban.schedule.PlanTableEditing;
import cn.zhuanban.servicechecklist.LimitUnit;
import cn.zhuanban.servicechecklist.ServiceChecklistManagement;
import cn.zhuanban.servicechecklist.ServiceItemForm;
import cn.zhuanban.servicechecklist.ServiceItemKind;
import cn.zhuanban.servicechecklist.ServiceItemStatus;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.Pages;
import cn.zhuanban.shared.web.FormErrors;
import cn.zhuanban.ticket.MoveCommand;
import cn.zhuanban.ticket.ReportCommand;
import cn.zhuanban.ticket.TicketCategory;
import cn.zhuanban.ticket.TicketLists;
import cn.zhuanban.ticket.TicketManagement;
import cn.zhuanban.ticket.TicketMove;
import cn.zhuanban.ticket.TicketOutcome;
import cn.zhuanban.ticket.TicketRating;
import cn.zhuanban.ticket.TicketSeverity;
import cn.zhuanban.ticket.TicketState;
import cn.zhuanban.ticket.TicketView;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The weekly meeting (issue 5): the agenda from prepared data on fixed days, decisions whose actions
 * are tickets of source MEETING and stay on the next agendas until their ticket closes, confirmation,
 * the DOCX agenda and minutes, the form errors, and the task force's scope.
 */
@IntegrationTest
class MeetingTests {

    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

    /** The meetings of the agenda test; plan dates sit years ahead so that the schedule's lights stay fixed. */
    private static final LocalDate FIRST = LocalDate.of(2030, 3, 5);

    private static final LocalDate SECOND = LocalDate.of(2030, 3, 12);

    @Autowired
    MockMvc mvc;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    MeetingDecisions decisions;

    @Autowired
    ServiceChecklistManagement checklists;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    ProjectLighting lighting;

    @Autowired
    PlanManagement plans;

    @Autowired
    PlanTableEditing table;

    @Autowired
    PlanOverviews overviews;

    @Autowired
    TicketManagement tickets;

    @Autowired
    TicketLists ticketLists;

    @Autowired
    UserDirectory directory;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CalendarManagement calendar;

    ServiceFixtures fx;
    CurrentUser dispatch;

    @BeforeEach
    void setUp() {
        fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        dispatch = fx.user("dispatch");
    }

    @Test
    void agendaFromPreparedDataCarriesEverySourceAndNothingClosed() throws Exception {
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
        long red = project(taskForce);
        long green = project(taskForce);
        lighting.setLight(red, StatusLight.RED, "土地供应延期");

        // tickets with fixed dates: the last meeting was on FIRST, this one is on SECOND
        long fresh = ticket(red, "塔吊进场道路未硬化", at(SECOND.minusDays(3)));
        long stale = ticket(red, "上月已反映的绿化迁移问题", at(FIRST.minusDays(20)));
        long overdue = assigned(ticket(red, "临时用水管网未接通", at(FIRST.minusDays(20))), SECOND.minusDays(2));
        long redCard = assigned(ticket(green, "施工用电容量不足", at(FIRST.minusDays(20))), SECOND.plusDays(5));
        jdbc.sql("update ticket set card = 'RED' where id = :id")
                .param("id", redCard)
                .update();
        long closedNew = ticket(green, "已销号的渣土运输问题", at(SECOND.minusDays(2)));
        jdbc.sql("update ticket set state = 'CLOSED' where id = :id")
                .param("id", closedNew)
                .update();

        long late = checklists.add(red, item("用地预审", ServiceItemStatus.IN_PROGRESS, null), dispatch);
        long done = checklists.add(red, item("项目备案", ServiceItemStatus.DONE, FIRST.minusDays(30)), dispatch);

        // a plan on the red project: one stage goal that cannot be met (red), one due within two weeks, one later
        PlanSheet sheet = table.addRow(red, dispatch, null, new NewPlanRow("A", "土建施工", "TASK", null, 400, null, null));
        sheet = table.addRow(
                red,
                dispatch,
                sheet.version(),
                new NewPlanRow("M1", "主体结构封顶", "MILESTONE", null, 0, null, LocalDate.of(2027, 1, 4)));
        sheet = table.link(red, dispatch, sheet.version(), "M1", "A");
        sheet = table.addRow(
                red,
                dispatch,
                sheet.version(),
                new NewPlanRow("M2", "设备招标完成", "MILESTONE", null, 0, null, SECOND.plusDays(8)));
        sheet = table.addRow(
                red,
                dispatch,
                sheet.version(),
                new NewPlanRow("M3", "试生产", "MILESTONE", null, 0, null, SECOND.plusDays(60)));
        assertThat(sheet.row("M1").light()).isEqualTo("RED");
        assertThat(sheet.row("M2").light()).isEqualTo("GREEN");

        long series = meetings.createSeries(
                new SeriesForm(taskForce, DayOfWeek.TUESDAY, LocalTime.of(9, 0), "区政府三楼会议室"), dispatch);
        long first = meetings.plan(series, FIRST, dispatch);
        // a decision is taken at the meeting, not before it: the meeting is held today while it is recorded
        heldOn(first, LocalDate.now(DISTRICT));
        int v = meetings.find(first, dispatch).version();
        long action = decisions.decide(
                first,
                new DecisionForm(
                        null,
                        "自然资源局两周内完成用地预审",
                        department("ZRZY"),
                        fx.userId("handler"),
                        SECOND.plusDays(3),
                        red,
                        TicketCategory.APPROVAL),
                v,
                dispatch);
        long actionTicket =
                meetings.find(first, dispatch).decisions().getFirst().ticketId();
        heldOn(first, FIRST);

        long second = meetings.plan(series, SECOND, dispatch);
        MeetingView m = meetings.find(second, dispatch);
        assertThat(m.since()).isEqualTo(FIRST);
        assertThat(m.items())
                .extracting(AgendaItemView::source, AgendaItemView::refId)
                .contains(
                        tuple(AgendaSource.OPEN_ACTION, action),
                        tuple(AgendaSource.TICKET_NEW, fresh),
                        tuple(AgendaSource.TICKET_OVERDUE, overdue),
                        tuple(AgendaSource.TICKET_RED, redCard),
                        // red since before the first meeting, its red goal already on the first agenda: still lit
                        tuple(AgendaSource.PROJECT_LIGHT_STILL, red),
                        tuple(AgendaSource.SERVICE_ITEM, late),
                        tuple(AgendaSource.STAGE_GOAL_LIGHT_STILL, red),
                        tuple(AgendaSource.STAGE_GOAL_DUE, red))
                .doesNotContain(tuple(AgendaSource.PROJECT_LIGHT, green), tuple(AgendaSource.SERVICE_ITEM, done));
        assertThat(m.items())
                .filteredOn(i -> i.source().name().startsWith("TICKET_"))
                .extracting(AgendaItemView::refId)
                .doesNotContain(stale, closedNew, actionTicket)
                .doesNotHaveDuplicates();
        assertThat(m.items())
                .filteredOn(i -> i.source() == AgendaSource.STAGE_GOAL_LIGHT_STILL)
                .extracting(AgendaItemView::title)
                .anyMatch(t -> t.endsWith("主体结构封顶"));
        assertThat(m.items())
                .filteredOn(i -> i.source() == AgendaSource.STAGE_GOAL_DUE)
                .extracting(AgendaItemView::title)
                .singleElement()
                .satisfies(t -> assertThat(t).endsWith("设备招标完成"));
        assertThat(m.items().getFirst().source()).isEqualTo(AgendaSource.OPEN_ACTION);
        assertThat(m.items().getFirst().title())
                .as("the project first, so that two decisions of one meeting differ at a glance")
                .endsWith(" · 自然资源局两周内完成用地预审")
                .isNotEqualTo(" · 自然资源局两周内完成用地预审");
        assertThat(m.items())
                .filteredOn(i -> i.source() == AgendaSource.TICKET_NEW)
                .singleElement()
                .extracting(AgendaItemView::projectId)
                .isEqualTo(red);

        // the agenda as DOCX, opened back with POI
        byte[] docx = downloadAsDispatch("/meetings/" + second + "/agenda.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(doc.getParagraphs().getFirst().getText()).endsWith("周例会议程");
            assertThat(text.getText())
                    .contains(
                            "第 2 期",
                            "区政府三楼会议室",
                            "自然资源局两周内完成用地预审",
                            "塔吊进场道路未硬化",
                            "临时用水管网未接通",
                            "施工用电容量不足",
                            "用地预审",
                            "主体结构封顶",
                            "设备招标完成",
                            "红牌问题",
                            "超期问题",
                            "新增问题",
                            "两周内到期的阶段目标",
                            "未办结议定事项")
                    .doesNotContain("上月已反映的绿化迁移问题", "已销号的渣土运输问题", "试生产");
            // states, lights and alerts in words, not the codes the agenda stores
            assertThat(text.getText())
                    .contains("已上报", "限" + official(SECOND.minusDays(2)) + "办结", "红灯，", "办理时限，时限")
                    .contains("第1期例会议定，限" + official(SECOND.plusDays(3)) + "完成")
                    .doesNotContain("REPORTED", "ASSIGNED", "RED ", "OVERDUE", "NEAR_LIMIT");
        }
        assertThat(WebTestSupport.page(mvc, "dispatch", "/meetings/" + second))
                .contains("限" + SECOND.minusDays(2) + "办结", "红灯，")
                .as("a carried-over decision says its meeting and deadline in words, on screen in ISO dates")
                .contains("第1期例会议定，限" + SECOND.plusDays(3) + "完成")
                .doesNotContain(">ASSIGNED", ">RED ", ">REPORTED");
    }

    @Test
    void lightsThatTurnedSinceTheLastMeetingAreToldApartFromThoseStillOn() {
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
        long longRed = project(taskForce);
        long turned = project(taskForce);
        long green = project(taskForce);
        lighting.setLight(longRed, StatusLight.RED, "土地供应延期");
        // a goal that cannot be met on the long-red project, red on both agendas
        PlanSheet sheet =
                table.addRow(longRed, dispatch, null, new NewPlanRow("A", "土建施工", "TASK", null, 400, null, null));
        sheet = table.addRow(
                longRed,
                dispatch,
                sheet.version(),
                new NewPlanRow("M1", "主体结构封顶", "MILESTONE", null, 0, null, LocalDate.of(2027, 1, 4)));
        sheet = table.link(longRed, dispatch, sheet.version(), "M1", "A");
        assertThat(sheet.row("M1").light()).isEqualTo("RED");
        // red for months: its light changed long before the first meeting, and a new reason does not move it
        lightChangedOn(longRed, FIRST.minusDays(90));
        lighting.setLight(longRed, StatusLight.RED, "土地供应延期，已协调");
        assertThat(lighting.lightChangedAt(List.of(longRed, green)))
                .containsOnlyKeys(longRed)
                .containsEntry(longRed, at(FIRST.minusDays(90)).toInstant());

        long series = meetings.createSeries(
                new SeriesForm(taskForce, DayOfWeek.TUESDAY, LocalTime.of(9, 0), "专班办公室"), dispatch);
        long first = meetings.plan(series, FIRST, dispatch);
        assertThat(meetings.find(first, dispatch).items())
                .extracting(AgendaItemView::source, AgendaItemView::refId)
                .contains(
                        tuple(AgendaSource.PROJECT_LIGHT_STILL, longRed), tuple(AgendaSource.STAGE_GOAL_LIGHT, longRed))
                .doesNotContain(tuple(AgendaSource.PROJECT_LIGHT, longRed));

        // between the meetings: one project turns yellow, the long-red project gets a second goal that cannot be met
        lighting.setLight(turned, StatusLight.YELLOW, "供电接入滞后");
        lightChangedOn(turned, SECOND.minusDays(2));
        sheet = table.addRow(
                longRed,
                dispatch,
                sheet.version(),
                new NewPlanRow("M4", "设备进场", "MILESTONE", null, 0, null, LocalDate.of(2027, 2, 1)));
        sheet = table.link(longRed, dispatch, sheet.version(), "M4", "A");
        assertThat(sheet.row("M4").light()).isEqualTo("RED");

        MeetingView second = meetings.find(meetings.plan(series, SECOND, dispatch), dispatch);
        assertThat(second.items())
                .extracting(AgendaItemView::source, AgendaItemView::refId)
                .contains(tuple(AgendaSource.PROJECT_LIGHT, turned), tuple(AgendaSource.PROJECT_LIGHT_STILL, longRed))
                .doesNotContain(
                        tuple(AgendaSource.PROJECT_LIGHT, longRed),
                        tuple(AgendaSource.PROJECT_LIGHT_STILL, turned),
                        tuple(AgendaSource.PROJECT_LIGHT, green),
                        tuple(AgendaSource.PROJECT_LIGHT_STILL, green));
        assertThat(second.items())
                .filteredOn(i -> i.source() == AgendaSource.PROJECT_LIGHT)
                .singleElement()
                .extracting(AgendaItemView::detail)
                .isEqualTo("YELLOW " + SECOND.minusDays(2));
        assertThat(second.items())
                .filteredOn(i -> i.source() == AgendaSource.STAGE_GOAL_LIGHT)
                .extracting(AgendaItemView::title)
                .singleElement()
                .satisfies(t -> assertThat(t).endsWith("设备进场"));
        assertThat(second.items())
                .filteredOn(i -> i.source() == AgendaSource.STAGE_GOAL_LIGHT_STILL)
                .extracting(AgendaItemView::title)
                .singleElement()
                .satisfies(t -> assertThat(t).endsWith("主体结构封顶"));
        // the new ones come before those still on
        List<AgendaSource> order =
                second.items().stream().map(AgendaItemView::source).toList();
        assertThat(order.indexOf(AgendaSource.PROJECT_LIGHT))
                .isLessThan(order.indexOf(AgendaSource.PROJECT_LIGHT_STILL));
        assertThat(order.indexOf(AgendaSource.STAGE_GOAL_LIGHT))
                .isLessThan(order.indexOf(AgendaSource.STAGE_GOAL_LIGHT_STILL));
    }

    @Test
    void stageGoalsOfManyProjectsComeInOneBatchWithTheSameLightsAsEachPlan() {
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
        long a = project(taskForce);
        long b = project(taskForce);
        long withoutPlan = project(taskForce);
        PlanSheet sa = table.addRow(a, dispatch, null, new NewPlanRow("A", "土建施工", "TASK", null, 400, null, null));
        sa = table.addRow(
                a,
                dispatch,
                sa.version(),
                new NewPlanRow("M1", "主体结构封顶", "MILESTONE", null, 0, null, LocalDate.of(2027, 1, 4)));
        sa = table.link(a, dispatch, sa.version(), "M1", "A");
        sa = table.addRow(
                a,
                dispatch,
                sa.version(),
                new NewPlanRow("M2", "竣工验收", "MILESTONE", null, 0, null, LocalDate.of(2031, 6, 30)));
        PlanSheet sb = table.addRow(b, dispatch, null, new NewPlanRow("B", "设备安装", "TASK", null, 30, null, null));
        sb = table.addRow(
                b,
                dispatch,
                sb.version(),
                new NewPlanRow("M1", "试生产", "MILESTONE", null, 0, null, LocalDate.of(2031, 1, 6)));
        sb = table.link(b, dispatch, sb.version(), "M1", "B");

        List<cn.zhuanban.schedule.OpenStageGoal> goals = overviews.openStageGoals(List.of(a, b, withoutPlan));
        assertThat(goals)
                .extracting(
                        cn.zhuanban.schedule.OpenStageGoal::projectId,
                        cn.zhuanban.schedule.OpenStageGoal::key,
                        cn.zhuanban.schedule.OpenStageGoal::targetDate,
                        cn.zhuanban.schedule.OpenStageGoal::light)
                .containsExactly(
                        tuple(a, "M1", LocalDate.of(2027, 1, 4), sa.row("M1").light()),
                        tuple(a, "M2", LocalDate.of(2031, 6, 30), sa.row("M2").light()),
                        tuple(b, "M1", LocalDate.of(2031, 1, 6), sb.row("M1").light()));
        assertThat(goals.getFirst().lit()).isTrue();
        assertThat(sa.row("M2").light()).isEqualTo("GREEN");
        // the same as reading each plan on its own
        for (long p : List.of(a, b)) {
            PlanSheet one = plans.sheetOfVisible(p, "");
            assertThat(goals.stream().filter(g -> g.projectId() == p).map(g -> g.key() + " " + g.light()))
                    .containsExactlyElementsOf(one.rows().stream()
                            .filter(r -> r.milestone() && r.targetDate() != null && r.actualFinish() == null)
                            .map(r -> r.key() + " " + r.light())
                            .toList());
        }
        assertThat(overviews.openStageGoals(List.of())).isEmpty();
    }

    @Test
    void decisionOpensAMeetingTicketThatStaysOnEveryAgendaUntilItCloses() {
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
        long project = project(taskForce);
        long power = department("GD");
        long series = meetings.createSeries(
                new SeriesForm(taskForce, DayOfWeek.FRIDAY, LocalTime.of(15, 0), "项目现场指挥部"), dispatch);
        long first = meetings.plan(series, LocalDate.of(2026, 11, 6), dispatch);
        LocalDate deadline = ahead(10);
        long action = decisions.decide(
                first,
                new DecisionForm(null, "供电公司完成施工临时用电接入", power, fx.userId("handler-power"), deadline),
                meetings.find(first, dispatch).version(),
                dispatch);

        ActionView decided = meetings.find(first, dispatch).decisions().getFirst();
        assertThat(decided.id()).isEqualTo(action);
        assertThat(decided.ownerName()).isNotBlank();
        assertThat(decided.projectId()).isEqualTo(project);
        long ticket = decided.ticketId();
        TicketView t = ticketLists.find(ticket, dispatch);
        assertThat(t.state()).isEqualTo(TicketState.ASSIGNED);
        assertThat(t.departmentId()).isEqualTo(power);
        assertThat(t.resolveBy()).isEqualTo(deadline);
        assertThat(t.title()).isEqualTo("供电公司完成施工临时用电接入");
        assertThat(t.description()).contains("第1期周例会", "供电公司完成施工临时用电接入");
        assertThat(jdbc.sql("select source from ticket where id = :id")
                        .param("id", ticket)
                        .query(String.class)
                        .single())
                .isEqualTo("MEETING");
        // the department sees it like any ticket assigned to it
        assertThat(ticketLists.find(ticket, fx.user("handler-power")).nextMoves())
                .contains(TicketMove.SIGN);
        assertThatThrownBy(() -> decisions.closeAction(action, dispatch))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.MEETING_ACTION_TICKETED));

        long second = meetings.plan(series, LocalDate.of(2026, 11, 13), dispatch);
        assertThat(openActions(second)).containsExactly(action);
        // the ticket runs the usual loop: sign, resolve, review, the reporter rates
        tickets.act(ticket, TicketMove.SIGN, MoveCommand.empty(), fx.user("handler-power"));
        assertThat(openActions(meetings.plan(series, LocalDate.of(2026, 11, 20), dispatch)))
                .containsExactly(action);
        tickets.act(
                ticket, TicketMove.RESOLVE, MoveCommand.resolve("已接电", TicketOutcome.SOLVED), fx.user("handler-power"));
        tickets.act(ticket, TicketMove.REVIEW, MoveCommand.review(true), dispatch);
        assertThat(openActions(meetings.plan(series, LocalDate.of(2026, 11, 27), dispatch)))
                .containsExactly(action);
        tickets.act(ticket, TicketMove.FEEDBACK, MoveCommand.rate(TicketRating.SATISFIED, null), dispatch);

        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        !meetings.find(first, dispatch).decisions().getFirst().open());
        assertThat(openActions(meetings.plan(series, LocalDate.of(2026, 12, 4), dispatch)))
                .isEmpty();
    }

    @Test
    void aDepartmentSeesEveryActionOfTheMeetingButOpensOnlyItsOwnTickets() throws Exception {
        long zrzy = department("ZRZY");
        long power = department("GD");
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of(zrzy, power));
        project(taskForce);
        long series = meetings.createSeries(
                new SeriesForm(taskForce, DayOfWeek.FRIDAY, LocalTime.of(15, 0), "项目现场指挥部"), dispatch);
        long meeting = meetings.plan(series, LocalDate.of(2026, 11, 6), dispatch);
        LocalDate deadline = ahead(10);
        decisions.decide(
                meeting,
                new DecisionForm(null, "供电公司完成临时用电接入", power, fx.userId("handler-power"), deadline),
                meetings.find(meeting, dispatch).version(),
                dispatch);
        decisions.decide(
                meeting,
                new DecisionForm(null, "自然资源局完成用地红线复核", zrzy, fx.userId("handler"), deadline),
                meetings.find(meeting, dispatch).version(),
                dispatch);
        List<ActionView> actions = meetings.find(meeting, dispatch).decisions();
        long powerTicket = actions.stream()
                .filter(a -> a.decision().startsWith("供电"))
                .findFirst()
                .orElseThrow()
                .ticketId();
        long ownTicket = actions.stream()
                .filter(a -> a.decision().startsWith("自然资源"))
                .findFirst()
                .orElseThrow()
                .ticketId();

        String page = WebTestSupport.page(mvc, "handler", "/meetings/" + meeting);

        assertThat(page)
                .contains("供电公司完成临时用电接入", "#" + powerTicket)
                .contains("href=\"/tickets/" + ownTicket + "\"")
                .doesNotContain("href=\"/tickets/" + powerTicket + "\"");
        assertThat(WebTestSupport.page(mvc, "dispatch", "/meetings/" + meeting))
                .contains("href=\"/tickets/" + powerTicket + "\"", "href=\"/tickets/" + ownTicket + "\"");
    }

    @Test
    void minutesFromAgendaToConfirmationExportAsDocx() throws Exception {
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
        long red = project(taskForce);
        lighting.setLight(red, StatusLight.RED, "土地供应延期");
        // lit the day before the meeting: the agenda holds only what was known by its day
        lightChangedOn(red, LocalDate.of(2025, 10, 13));
        long series = meetings.createSeries(
                new SeriesForm(taskForce, DayOfWeek.TUESDAY, LocalTime.of(9, 0), "区政府三楼会议室"), dispatch);
        long first = meetings.plan(series, LocalDate.of(2025, 10, 14), dispatch);
        MeetingView m1 = meetings.find(first, dispatch);
        long zrzy = department("ZRZY");
        int v = m1.version();
        meetings.recordAttendance(first, "侯明远、赵敏、陈刚、周丽", v++, dispatch);
        long lit = m1.items().stream()
                .filter(i -> i.source() == AgendaSource.PROJECT_LIGHT)
                .findFirst()
                .orElseThrow()
                .id();
        meetings.recordMinutes(first, lit, "自然资源局汇报土地供应进展。", v++, dispatch);
        meetings.addItem(first, "补充议题：施工许可办理", v++, dispatch);
        decisions.decide(
                first, new DecisionForm(lit, "自然资源局本周内完成用地预审", zrzy, fx.userId("handler"), ahead(3)), v++, dispatch);
        int before = v;
        // the dispatch office keeps the minutes but does not chair: the task force's lead confirms
        assertThatThrownBy(() -> meetings.confirm(first, before, dispatch))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.MEETING_NOT_CHAIR));
        meetings.confirm(first, v, fx.user("lead"));
        int confirmedVersion = meetings.find(first, dispatch).version();
        assertThatThrownBy(() -> meetings.addItem(first, "再补充议题", confirmedVersion, dispatch))
                .isInstanceOf(BusinessException.class);
        meetings.amend(first, "参会人员补充：吴强", dispatch);

        byte[] docx = downloadAsDispatch("/meetings/" + first + "/minutes.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(doc.getParagraphs().getFirst().getText()).endsWith("周例会会议纪要");
            assertThat(text.getText())
                    .contains(
                            "第 1 期",
                            "侯明远、赵敏、陈刚、周丽",
                            "自然资源局汇报土地供应进展。",
                            "补充议题：施工许可办理",
                            "自然资源局本周内完成用地预审",
                            "区自然资源局",
                            "周丽",
                            official(ahead(3)),
                            "参会人员补充：吴强")
                    .as("an official document writes its dates 2026年12月7日")
                    .doesNotContain(ahead(3).toString());
        }
        var session = WebTestSupport.login(mvc, "dispatch");
        mvc.perform(get("/meetings/" + first).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("agenda.docx")));
        mvc.perform(get("/meetings/series/" + series).session(session)).andExpect(status().isOk());
        mvc.perform(get("/meetings").session(session)).andExpect(status().isOk());
    }

    @Test
    void agendaEditsAndDecisionsGoThroughTheFormsWithErrorsBesideTheInputs() throws Exception {
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
        project(taskForce);
        project(taskForce);
        var session = WebTestSupport.login(mvc, "taskforce");
        mvc.perform(post("/meetings/series")
                        .session(session)
                        .with(csrf())
                        .param("taskForceId", Long.toString(taskForce))
                        .param("weekday", "MONDAY")
                        .param("startTime", "09:00")
                        .param("place", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("is-invalid")));
        long series = meetings.createSeries(
                new SeriesForm(taskForce, DayOfWeek.MONDAY, LocalTime.of(9, 0), "专班办公室"), dispatch);
        long id = meetings.plan(series, LocalDate.of(2026, 3, 2), dispatch);
        int v = meetings.find(id, dispatch).version();
        meetings.addItem(id, "议题甲", v++, dispatch);
        meetings.addItem(id, "议题乙", v++, dispatch);
        long b = meetings.find(id, dispatch).items().getLast().id();
        mvc.perform(post("/meetings/" + id + "/items/" + b + "/move")
                        .session(session)
                        .with(csrf())
                        .param("up", "true")
                        .param("version", Integer.toString(v++)))
                .andExpect(redirectedUrl("/meetings/" + id));
        assertThat(meetings.find(id, dispatch).items())
                .extracting(AgendaItemView::title)
                .containsExactly("议题乙", "议题甲");
        mvc.perform(post("/meetings/" + id + "/items/" + b + "/move")
                        .session(session)
                        .with(csrf())
                        .param("up", "false")
                        .param("version", Integer.toString(v++)))
                .andExpect(redirectedUrl("/meetings/" + id));
        assertThat(meetings.find(id, dispatch).items())
                .extracting(AgendaItemView::title)
                .containsExactly("议题甲", "议题乙");

        // no owner: the page comes back with the message beside the input
        mvc.perform(post("/meetings/" + id + "/decisions")
                        .session(session)
                        .with(csrf())
                        .param("decision", "发改委牵头协调")
                        .param("deadline", "2026-03-20")
                        .param("version", Integer.toString(v)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("发改委牵头协调")))
                .andExpect(content().string(Matchers.containsString("is-invalid")));
        // two projects and a manual item: the project must be chosen
        mvc.perform(post("/meetings/" + id + "/decisions")
                        .session(session)
                        .with(csrf())
                        .param("decision", "发改委牵头协调")
                        .param("ownerDepartmentId", Long.toString(department("FGW")))
                        .param("ownerUserId", Long.toString(fx.userId("handler")))
                        .param("category", "OTHER")
                        .param("deadline", "2026-03-20")
                        .param("version", Integer.toString(v)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("请选择议定事项所属项目")));
        assertThat(meetings.find(id, dispatch).decisions()).isEmpty();
    }

    /**
     * A blank or too long agenda item came back as a dead end: a blank one was added as an empty item, one longer than
     * the column ended on the error page and lost what was typed. Now the page comes back with the message under the
     * input and the text still in it, and the decision form below says nothing of it.
     */
    @Test
    void aRefusedAgendaItemComesBackUnderItsInputWithTheTypedTitle() throws Exception {
        long id = draftMeeting(LocalDate.of(2026, 3, 9));
        int items = meetings.find(id, dispatch).items().size();
        int v = meetings.find(id, dispatch).version();
        var session = WebTestSupport.login(mvc, "taskforce");

        String blank = refusedForm(session, id, "/items", "title", "   ", v, "item-form");
        assertThat(blank).contains("必填项").contains("is-invalid");
        String tooLong = "议".repeat(501);
        String page = mvc.perform(post("/meetings/" + id + "/items")
                        .session(session)
                        .with(csrf())
                        .param("title", tooLong)
                        .param("version", Integer.toString(v)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form(page, "item-form")).contains("长度超出限制").contains("value=\"" + tooLong + "\"");
        assertThat(form(page, "decision-form")).doesNotContain("alert-danger");
        assertThat(meetings.find(id, dispatch).items()).hasSize(items);
        assertThat(meetings.find(id, dispatch).version()).isEqualTo(v);

        mvc.perform(post("/meetings/" + id + "/items")
                        .session(session)
                        .with(csrf())
                        .param("title", "补充议题：施工许可")
                        .param("version", Integer.toString(v)))
                .andExpect(redirectedUrl("/meetings/" + id));
        assertThat(meetings.find(id, dispatch).items())
                .extracting(AgendaItemView::title)
                .endsWith("补充议题：施工许可");
        // a meeting confirmed meanwhile no longer shows the input, but the reason still shows on the agenda
        int current = meetings.find(id, dispatch).version();
        meetings.confirm(id, current, fx.user("lead"));
        mvc.perform(post("/meetings/" + id + "/items")
                        .session(session)
                        .with(csrf())
                        .param("title", "确认后的议题")
                        .param("version", Integer.toString(current)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("会议已确认，不可修改")));
    }

    /** The same for a correction of a confirmed meeting: blank or longer than the column kept, it stays typed. */
    @Test
    void aRefusedAmendmentComesBackUnderItsInputWithTheTypedText() throws Exception {
        long id = draftMeeting(LocalDate.of(2026, 3, 16));
        meetings.confirm(id, meetings.find(id, dispatch).version(), fx.user("lead"));
        var session = WebTestSupport.login(mvc, "taskforce");

        assertThat(refusedForm(session, id, "/amendments", "text", "", null, "amendment-form"))
                .contains("必填项")
                .contains("is-invalid");
        String tooLong = "更".repeat(2001);
        assertThat(refusedForm(session, id, "/amendments", "text", tooLong, null, "amendment-form"))
                .contains("长度超出限制")
                .contains(tooLong);
        assertThat(meetings.find(id, dispatch).amendments()).isEmpty();

        mvc.perform(post("/meetings/" + id + "/amendments")
                        .session(session)
                        .with(csrf())
                        .param("text", "参会人员补充：吴强"))
                .andExpect(redirectedUrl("/meetings/" + id));
        assertThat(meetings.find(id, dispatch).amendments())
                .extracting(MeetingRecords.AmendmentView::text)
                .containsExactly("参会人员补充：吴强");
    }

    /**
     * Amendments correct confirmed minutes; a draft's minutes are edited directly. An amendment of a draft was kept
     * beside minutes still being written, as if correcting a record nobody had confirmed: now it is refused, in the
     * service and on the page, and nothing is kept.
     */
    @Test
    void aDraftIsEditedDirectlyAndNotAmended() throws Exception {
        long id = draftMeeting(LocalDate.of(2026, 3, 23));

        assertThatThrownBy(() -> meetings.amend(id, "参会人员补充：吴强", dispatch))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.MEETING_NOT_CONFIRMED));
        mvc.perform(post("/meetings/" + id + "/amendments")
                        .session(WebTestSupport.login(mvc, "taskforce"))
                        .with(csrf())
                        .param("text", "参会人员补充：吴强"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("会议纪要尚未确认，请直接修改纪要")));
        assertThat(meetings.find(id, dispatch).amendments()).isEmpty();
    }

    /** The form {@code formId} of the meeting page a refused post of {@code value} came back with (200, not a dead end). */
    private String refusedForm(
            org.springframework.mock.web.MockHttpSession session,
            long id,
            String path,
            String field,
            String value,
            Integer version,
            String formId)
            throws Exception {
        var request =
                post("/meetings/" + id + path).session(session).with(csrf()).param(field, value);
        if (version != null) {
            request.param("version", Integer.toString(version));
        }
        String page = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return form(page, formId);
    }

    /** A draft meeting on {@code day} of a new task force with one project: what the form tests start from. */
    private long draftMeeting(LocalDate day) {
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
        project(taskForce);
        long series = meetings.createSeries(
                new SeriesForm(taskForce, day.getDayOfWeek(), LocalTime.of(9, 0), "专班办公室"), dispatch);
        return meetings.plan(series, day, dispatch);
    }

    private static String form(String page, String id) {
        return HtmlParts.form(page, id);
    }

    /**
     * With htmx, a 409 "changed meanwhile" answer was not swapped in: the page kept the old form and showed only the
     * generic "request failed" line, so the typed item and the reason never showed. The 409 is the form again, with
     * the typed title and the version stored now, and says so in a header that app.js lets htmx swap in.
     */
    @Test
    void anAgendaItemAddedAfterSomeoneElsesChangeComesBackForHtmxToSwapIn() throws Exception {
        long id = draftMeeting(LocalDate.of(2026, 3, 10));
        int opened = meetings.find(id, dispatch).version();
        meetings.addItem(id, "他人补充的议题", opened, dispatch);
        int stored = meetings.find(id, dispatch).version();

        var session = WebTestSupport.login(mvc, "taskforce");
        String page = mvc.perform(post("/meetings/" + id + "/items")
                        .session(session)
                        .with(csrf())
                        .header("HX-Request", "true")
                        .header("HX-Boosted", "true")
                        .header("HX-Target", "meeting-body")
                        .param("title", "临时用电协调")
                        .param("version", Integer.toString(opened)))
                .andExpect(status().isConflict())
                .andExpect(header().string(FormErrors.FORM_AGAIN_HEADER, "changed-meanwhile"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"meeting-body\""); // what the form's hx-select swaps in
        String form = form(page, "item-form");
        assertThat(form)
                .contains("value=\"临时用电协调\"")
                .contains("这条记录已被修改（可能是在其他窗口）")
                .containsPattern("name=\"version\" value=\"" + stored + "\"");
        assertThat(meetings.find(id, dispatch).items())
                .extracting(AgendaItemView::title)
                .doesNotContain("临时用电协调");

        mvc.perform(post("/meetings/" + id + "/attendance")
                        .session(session)
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("attendees", "侯明远、赵敏")
                        .param("version", Integer.toString(opened)))
                .andExpect(status().isConflict())
                .andExpect(header().string(FormErrors.FORM_AGAIN_HEADER, "changed-meanwhile"))
                .andExpect(content().string(Matchers.containsString("侯明远、赵敏")));
        // a stale button is a 409 too, but no form to show again: it keeps the generic line (no header)
        long item = meetings.find(id, dispatch).items().getFirst().id();
        mvc.perform(post("/meetings/" + id + "/items/" + item + "/remove")
                        .session(session)
                        .with(csrf())
                        .header("HX-Request", "true")
                        .header("HX-Boosted", "true")
                        .param("version", Integer.toString(opened)))
                .andExpect(status().isConflict())
                .andExpect(header().doesNotExist(FormErrors.FORM_AGAIN_HEADER));
    }

    @Test
    void minutesSavedAfterSomeoneElsesChangeComeBackWhereTheyWereTypedAndSaveTheSecondTime() throws Exception {
        long id = draftMeeting(LocalDate.of(2026, 3, 3));
        int v = meetings.find(id, dispatch).version();
        meetings.addItem(id, "议题甲", v++, dispatch);
        meetings.addItem(id, "议题乙", v++, dispatch);
        long first = meetings.find(id, dispatch).items().getFirst().id();
        long second = meetings.find(id, dispatch).items().getLast().id();
        int opened = v; // both note-takers opened the page at this version; the first saves
        meetings.recordMinutes(id, first, "甲议题纪要", opened, dispatch);

        var session = WebTestSupport.login(mvc, "taskforce");
        String page = mvc.perform(post("/meetings/" + id + "/items/" + second + "/minutes")
                        .session(session)
                        .with(csrf())
                        .param("minutes", "乙议题纪要：供电局月底前完成接入")
                        .param("version", Integer.toString(opened)))
                .andExpect(status().isConflict())
                .andExpect(header().string(FormErrors.FORM_AGAIN_HEADER, "changed-meanwhile"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("乙议题纪要：供电局月底前完成接入", "这条记录已被修改（可能是在其他窗口）");

        mvc.perform(post("/meetings/" + id + "/items/" + second + "/minutes")
                        .session(session)
                        .with(csrf())
                        .param("minutes", "乙议题纪要：供电局月底前完成接入")
                        .param(
                                "version",
                                Integer.toString(meetings.find(id, dispatch).version())))
                .andExpect(redirectedUrl("/meetings/" + id))
                .andExpect(flash().attribute("flash", "meeting.minutes-saved"));
        assertThat(meetings.find(id, dispatch).items())
                .extracting(AgendaItemView::minutes)
                .containsExactly("甲议题纪要", "乙议题纪要：供电局月底前完成接入");
    }

    @Test
    void meetingsFollowTheTaskForceScope() throws Exception {
        long taskForce = fx.taskForce(null, Set.of(), Set.of());
        long project = fx.project(fx.enterprise(), taskForce);
        long series = meetings.createSeries(
                new SeriesForm(taskForce, DayOfWeek.MONDAY, LocalTime.of(15, 0), "专班办公室"), dispatch);
        long meeting = meetings.plan(series, LocalDate.of(2026, 1, 5), dispatch);
        int v = meetings.find(meeting, dispatch).version();

        assertThat(meetings.find(meeting, fx.user("lead")).number()).isEqualTo(1);
        assertThatThrownBy(() -> meetings.find(meeting, fx.user("lead2"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> meetings.find(meeting, fx.user("handler-power")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> decisions.decide(
                        meeting,
                        new DecisionForm(
                                null, "越权议定", department("GD"), fx.userId("handler-power"), LocalDate.of(2026, 1, 9)),
                        v,
                        fx.user("lead2")))
                .isInstanceOf(NotFoundException.class);
        assertThat(meetings.find(meeting, dispatch).decisions()).isEmpty();
        // a project outside the task force cannot carry its action
        long other = fx.project(fx.enterprise(), null);
        assertThatThrownBy(() -> decisions.decide(
                        meeting,
                        new DecisionForm(
                                null,
                                "别的项目",
                                department("GD"),
                                fx.userId("handler-power"),
                                LocalDate.of(2026, 1, 9),
                                other,
                                null),
                        v,
                        dispatch))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.MEETING_ACTION_PROJECT));
        assertThat(project).isPositive();
        var session = WebTestSupport.login(mvc, "lead2");
        mvc.perform(get("/meetings/" + meeting + "/agenda.docx").session(session))
                .andExpect(status().isNotFound());
        mvc.perform(get("/meetings/" + meeting + "/minutes.docx").session(session))
                .andExpect(status().isNotFound());
        // a word where the meeting's number belongs names no meeting either (the contact log is /contacts)
        var office = WebTestSupport.login(mvc, "dispatch");
        mvc.perform(get("/meetings/contacts").session(office)).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/contacts/minutes.docx").session(office)).andExpect(status().isNotFound());
    }

    @Test
    void theMeetingsPageListsTheSeriesOfEveryTaskForceInScopeNotAPageOfThem() throws Exception {
        List<Long> series = new java.util.ArrayList<>();
        for (int i = 0; i <= PageQuery.MAX_SIZE; i++) {
            long taskForce = fx.taskForce(null, Set.of(), Set.of());
            series.add(meetings.createSeries(
                    new SeriesForm(taskForce, DayOfWeek.MONDAY, LocalTime.of(9, 0), "第" + i + "会议室"), dispatch));
        }

        List<Long> listed = new java.util.ArrayList<>();
        Pages.each(page -> meetings.series(dispatch, null, page), (SeriesView s) -> listed.add(s.id()));
        assertThat(listed).containsAll(series).doesNotHaveDuplicates();
        // a word of the place narrows the list to that series
        assertThat(meetings.series(dispatch, "第" + PageQuery.MAX_SIZE + "会议室", new PageQuery(0, 30))
                        .content())
                .extracting(SeriesView::id)
                .containsExactly(series.getLast());
        assertThat(WebTestSupport.page(mvc, "dispatch", "/meetings?q=第" + PageQuery.MAX_SIZE + "会议室"))
                .contains("href=\"/meetings/series/" + series.getLast() + "\"", "共 1 条")
                .doesNotContain("href=\"/meetings/series/" + series.getFirst() + "\"");
    }

    @Test
    void onlyTheChairConfirmsAndOnlyHeSeesTheButton() throws Exception {
        long id = draftMeeting(LocalDate.of(2026, 4, 1));
        MeetingView m = meetings.find(id, dispatch);
        assertThat(m.chairUserId()).isEqualTo(fx.userId("lead"));
        assertThat(m.chairName()).isEqualTo("侯明远");

        var office = WebTestSupport.login(mvc, "dispatch");
        var member = WebTestSupport.login(mvc, "taskforce");
        var chair = WebTestSupport.login(mvc, "lead");
        mvc.perform(get("/meetings/" + id).session(office))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("主持人：侯明远")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"confirm\""))));
        mvc.perform(get("/meetings/" + id).session(chair))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"confirm\"")));
        // a member with the editing permission is refused with the reason, and nothing changes
        mvc.perform(post("/meetings/" + id + "/confirm")
                        .session(member)
                        .with(csrf())
                        .param("version", Integer.toString(m.version())))
                .andExpect(status().isForbidden())
                .andExpect(content().string(Matchers.containsString("只有本次会议的主持人（专班牵头领导侯明远）可以确认会议纪要")));
        // who may confirm is settled before the form is read: without a version, or with a word for it, still 403
        mvc.perform(post("/meetings/" + id + "/confirm").session(member).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/meetings/" + id + "/confirm")
                        .session(member)
                        .with(csrf())
                        .param("version", "abc"))
                .andExpect(status().isForbidden());
        // the chair's form without its version is his to correct (400), a stale one someone else's change (409)
        mvc.perform(post("/meetings/" + id + "/confirm").session(chair).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/meetings/" + id + "/confirm")
                        .session(chair)
                        .with(csrf())
                        .param("version", Integer.toString(m.version() + 1)))
                .andExpect(status().isConflict());
        // the district leader sees every meeting but does not lead this task force
        assertThatThrownBy(() -> meetings.confirm(id, m.version(), fx.user("leader")))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.MEETING_NOT_CHAIR));
        assertThat(meetings.find(id, dispatch).confirmed()).isFalse();
        assertThat(meetings.find(id, dispatch).version()).isEqualTo(m.version());

        mvc.perform(post("/meetings/" + id + "/confirm")
                        .session(chair)
                        .with(csrf())
                        .param("version", Integer.toString(m.version())))
                .andExpect(redirectedUrl("/meetings/" + id));
        assertThat(meetings.find(id, dispatch).confirmed()).isTrue();
        assertThat(jdbc.sql("select chair_user_id from meeting where id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(fx.userId("lead"));
    }

    @Test
    void anActionOwnerMustBelongToTheOwnerDepartment() throws Exception {
        long id = draftMeeting(LocalDate.of(2026, 4, 2));
        int v = meetings.find(id, dispatch).version();
        long fgw = department("FGW");
        assertThatThrownBy(() -> decisions.decide(
                        id,
                        new DecisionForm(null, "发改委牵头协调", fgw, fx.userId("handler"), LocalDate.of(2026, 4, 20)),
                        v,
                        dispatch))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.MEETING_ACTION_OWNER);
                    assertThat(e.field()).isEqualTo("ownerUserId");
                });
        assertThat(meetings.find(id, dispatch).decisions()).isEmpty();

        var session = WebTestSupport.login(mvc, "taskforce");
        // the owner picker marks every person with his department, for the page to narrow it
        mvc.perform(get("/meetings/" + id).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-department=\"" + department("ZRZY") + "\"")))
                .andExpect(content().string(Matchers.containsString("data-narrows=\"ownerUserId\"")));
        mvc.perform(post("/meetings/" + id + "/decisions")
                        .session(session)
                        .with(csrf())
                        .param("decision", "发改委牵头协调")
                        .param("ownerDepartmentId", Long.toString(fgw))
                        .param("ownerUserId", Long.toString(fx.userId("handler")))
                        .param("category", "OTHER")
                        .param("deadline", "2026-04-20")
                        .param("version", Integer.toString(v)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("周丽不属于区发展和改革委员会")));
        assertThat(meetings.find(id, dispatch).decisions()).isEmpty();
        // the department's own person is accepted
        decisions.decide(
                id,
                new DecisionForm(null, "自然资源局完成用地预审", department("ZRZY"), fx.userId("handler"), ahead(5)),
                v,
                dispatch);
        assertThat(meetings.find(id, dispatch).decisions())
                .singleElement()
                .satisfies(a -> assertThat(a.ownerName()).isEqualTo("周丽"));
    }

    @Test
    void aDecisionGoesToADepartmentWithoutANamedPerson() throws Exception {
        long id = draftMeeting(LocalDate.of(2026, 4, 9));
        int v = meetings.find(id, dispatch).version();
        long fgw = department("FGW");
        var session = WebTestSupport.login(mvc, "taskforce");
        mvc.perform(post("/meetings/" + id + "/decisions")
                        .session(session)
                        .with(csrf())
                        .param("decision", "发改委牵头协调专线送电")
                        .param("ownerDepartmentId", Long.toString(fgw))
                        .param("ownerUserId", "")
                        .param("category", "OTHER")
                        .param("deadline", ahead(5).toString())
                        .param("version", Integer.toString(v)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "meeting.decision-saved"));
        ActionView action = meetings.find(id, dispatch).decisions().getFirst();
        assertThat(action.ownerDepartmentId()).isEqualTo(fgw);
        assertThat(action.ownerUserId()).isNull();
        // the department answers for it: its ticket is assigned to the department like any other
        assertThat(ticketLists.find(action.ticketId(), dispatch).departmentId()).isEqualTo(fgw);
        // the department is still required
        assertThatThrownBy(() -> decisions.decide(
                        id,
                        new DecisionForm(null, "无责任单位", null, null, ahead(5)),
                        meetings.find(id, dispatch).version(),
                        dispatch))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.field()).isEqualTo("ownerDepartmentId"));
    }

    @Test
    void aTicketNeverSignedIsOverdueOnTheAgendaFromItsSignDeadlineAsTheLadderCountsIt() throws Exception {
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
        project(taskForce);
        long series = meetings.createSeries(
                new SeriesForm(taskForce, DayOfWeek.FRIDAY, LocalTime.of(9, 0), "专班办公室"), dispatch);
        // held a week ago, so its decisions may be taken; the next meeting is far ahead and reviews them as of today
        long first = meetings.plan(series, LocalDate.now(DISTRICT).minusWeeks(1), dispatch);
        long action = decisions.decide(
                first,
                new DecisionForm(null, "住建局办结施工许可", department("GD"), null, ahead(20)),
                meetings.find(first, dispatch).version(),
                dispatch);
        long ticket = meetings.find(first, dispatch).decisions().stream()
                .filter(a -> a.id() == action)
                .findFirst()
                .orElseThrow()
                .ticketId();
        // never signed, its sign deadline two working days ago; its resolve date still weeks ahead
        var cal = calendar.administrative();
        LocalDate today = LocalDate.now(DISTRICT);
        LocalDate signBy = cal.previousWorkingDay(cal.previousWorkingDay(today));
        jdbc.sql("update ticket set sign_by = :by, card = 'RED' where id = :id")
                .param("by", signBy)
                .param("id", ticket)
                .update();
        int days = cal.workingDaysBetween(signBy, today);

        MeetingView next = meetings.find(meetings.plan(series, LocalDate.of(2035, 6, 8), dispatch), dispatch);
        long item = next.items().stream()
                .filter(i -> i.source() == AgendaSource.OPEN_ACTION && i.refId() == action)
                .findFirst()
                .orElseThrow()
                .id();

        assertThat(next.progressOf(item).standing()).isEqualTo("red-overdue-sign");
        assertThat(next.progressOf(item).workingDaysOverdue()).isEqualTo(days).isPositive();
        mvc.perform(get("/meetings/" + next.id()).session(WebTestSupport.login(mvc, "dispatch")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("签收超期 " + days + " 个工作日 · 红牌")));
    }

    @Test
    void carriedOverActionsShowHowFarTheirTicketHasGotAndTheMinutesSayWhyEachItemCameUp() throws Exception {
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
        long red = project(taskForce);
        lighting.setLight(red, StatusLight.RED, "专线送电滞后");
        // lit the day before the first meeting: the agenda holds only what was known by its day
        lightChangedOn(red, LocalDate.of(2026, 10, 15));
        long series = meetings.createSeries(
                new SeriesForm(taskForce, DayOfWeek.FRIDAY, LocalTime.of(9, 0), "专班办公室"), dispatch);
        long first = meetings.plan(series, LocalDate.of(2026, 10, 16), dispatch);
        long late = decisions.decide(
                first,
                new DecisionForm(null, "区供电公司倒排专线送电计划", department("GD"), null, ahead(3)),
                meetings.find(first, dispatch).version(),
                dispatch);
        long onTime = decisions.decide(
                first,
                new DecisionForm(null, "自然资源局完成用地预审", department("ZRZY"), null, ahead(3)),
                meetings.find(first, dispatch).version(),
                dispatch);
        List<ActionView> decided = meetings.find(first, dispatch).decisions();
        long lateTicket = decided.stream()
                .filter(a -> a.id() == late)
                .findFirst()
                .orElseThrow()
                .ticketId();
        // the power company's ticket is two working days past its resolve date and carries a red card
        var cal = calendar.administrative();
        LocalDate today = LocalDate.now(DISTRICT);
        LocalDate resolveBy = cal.previousWorkingDay(cal.previousWorkingDay(today));
        // its sign deadline, which falls no later than its resolve date, passed too
        jdbc.sql("update ticket set sign_by = :by, resolve_by = :by, card = 'RED' where id = :id")
                .param("by", resolveBy)
                .param("id", lateTicket)
                .update();
        int days = cal.workingDaysBetween(resolveBy, today);

        // held today: the review reads the tickets as they stand now (a past meeting reads them as of its own day)
        long second = meetings.plan(series, today, dispatch);
        MeetingView m2 = meetings.find(second, dispatch);
        long lateItem = m2.items().stream()
                .filter(i -> i.source() == AgendaSource.OPEN_ACTION && i.refId() == late)
                .findFirst()
                .orElseThrow()
                .id();
        long onTimeItem = m2.items().stream()
                .filter(i -> i.source() == AgendaSource.OPEN_ACTION && i.refId() == onTime)
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(m2.progressOf(lateItem).standing()).isEqualTo("red-overdue-sign");
        assertThat(m2.progressOf(lateItem).workingDaysOverdue()).isEqualTo(days);
        assertThat(m2.progressOf(onTimeItem).standing()).as("never signed").isEqualTo("ASSIGNED");

        String overdue = "签收超期 " + days + " 个工作日 · 红牌";
        mvc.perform(get("/meetings/" + second).session(WebTestSupport.login(mvc, "dispatch")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(overdue)))
                .andExpect(content().string(Matchers.containsString("· 已交办")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("· 办理中"))));
        try (XWPFDocument doc = new XWPFDocument(
                        new ByteArrayInputStream(downloadAsDispatch("/meetings/" + second + "/agenda.docx")));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains(overdue);
        }
        try (XWPFDocument doc = new XWPFDocument(
                        new ByteArrayInputStream(downloadAsDispatch("/meetings/" + second + "/minutes.docx")));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("上期议定事项落实情况（截至" + official(today) + "）", "区供电公司倒排专线送电计划（", overdue);
        }

        // confirmed, the minutes are the record of that day: what the ticket does later does not rewrite them
        meetings.confirm(second, meetings.find(second, dispatch).version(), fx.user("lead"));
        jdbc.sql("update ticket set resolve_by = :by, card = 'NONE' where id = :id")
                .param("by", today.plusDays(30))
                .param("id", lateTicket)
                .update();
        assertThat(meetings.find(second, dispatch).progressOf(lateItem).standing())
                .isEqualTo("red-overdue-sign");
        try (XWPFDocument doc = new XWPFDocument(
                        new ByteArrayInputStream(downloadAsDispatch("/meetings/" + second + "/minutes.docx")));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("上期议定事项落实情况（截至" + official(today) + "）", overdue);
        }
        try (XWPFDocument doc = new XWPFDocument(
                        new ByteArrayInputStream(downloadAsDispatch("/meetings/" + first + "/minutes.docx")));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            // a project item says why it is there, as the agenda does, not only its name
            assertThat(text.getText()).contains("亮灯项目 · 红灯").doesNotContain("上期议定事项落实情况");
        }
    }

    private static String official(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private List<Long> openActions(long meetingId) {
        return meetings.find(meetingId, dispatch).items().stream()
                .filter(i -> i.source() == AgendaSource.OPEN_ACTION)
                .map(AgendaItemView::refId)
                .toList();
    }

    private long project(long taskForce) {
        return projects.create(new ProjectForm(
                TestCodes.unique("例会测试项目"),
                null,
                fx.enterprise(),
                ProjectLevel.DISTRICT,
                ProjectStage.UNDER_CONSTRUCTION,
                new BigDecimal("5000"),
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2031, 12, 31),
                fx.userId("lead"),
                taskForce,
                null,
                null,
                null));
    }

    private void lightChangedOn(long project, LocalDate day) {
        jdbc.sql("update project set light_changed_at = :at where id = :id")
                .param("at", at(day))
                .param("id", project)
                .update();
    }

    private long department(String code) {
        return departments.findByCode(code).orElseThrow().id();
    }

    private static Timestamp at(LocalDate day) {
        return Timestamp.from(day.atTime(10, 0).atZone(DISTRICT).toInstant());
    }

    /** A reported ticket whose report time is set to a fixed day. */
    private long ticket(long project, String title, Timestamp reportedAt) {
        long id = tickets.report(
                new ReportCommand(project, TicketCategory.OTHER, title, title, TicketSeverity.NORMAL),
                List.of(),
                dispatch);
        jdbc.sql("update ticket set created_at = :at where id = :id")
                .param("at", reportedAt)
                .param("id", id)
                .update();
        return id;
    }

    /** Assigned to the water department, to be resolved by {@code resolveBy}. */
    private long assigned(long id, LocalDate resolveBy) {
        tickets.act(id, TicketMove.ASSIGN, MoveCommand.assignTo(department("SW")), dispatch);
        jdbc.sql("update ticket set resolve_by = :d, sign_by = :d where id = :id")
                .param("d", resolveBy)
                .param("id", id)
                .update();
        return id;
    }

    private static ServiceItemForm item(String name, ServiceItemStatus status, LocalDate doneOn) {
        return new ServiceItemForm(
                ServiceItemKind.APPROVAL,
                name,
                null,
                null,
                null,
                LocalDate.of(2026, 1, 5), // accepted on a day that has passed, whatever day the tests run on
                5,
                LimitUnit.WORKING_DAYS,
                status,
                status == ServiceItemStatus.DONE ? "示发改备〔2030〕3号" : null,
                doneOn,
                null,
                0);
    }

    /** A file of the meeting pages, downloaded as the dispatch office. */
    private void heldOn(long meeting, LocalDate day) {
        jdbc.sql("update meeting set held_on = :on where id = :id")
                .param("on", day)
                .param("id", meeting)
                .update();
    }

    private byte[] downloadAsDispatch(String url) throws Exception {
        return mvc.perform(get(url).session(WebTestSupport.login(mvc, "dispatch")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    /** A working day still to come: a decision's deadline cannot be a past day or a rest day. */
    private LocalDate ahead(int workingDays) {
        return calendar.addWorkingDays(LocalDate.now(ZoneId.of("Asia/Shanghai")), workingDays);
    }
}
