package cn.zhuanban.dashboard.reports;

import static cn.zhuanban.dashboard.reports.MonthEndRows.setting;
import static cn.zhuanban.dashboard.reports.MonthEndRows.step;
import static cn.zhuanban.dashboard.reports.ReportSheets.cells;
import static cn.zhuanban.dashboard.reports.ReportSheets.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.dashboard.WorkRows;
import cn.zhuanban.dashboard.cockpit.CockpitData.Figure;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.investmentreport.InvestmentFixtures;
import cn.zhuanban.meeting.ActionLedgerRow;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.ticket.DepartmentOverdue;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * What was overdue at a past month's end stays so in its briefing whatever happened since: a ticket is overdue
 * against the resolve date in force at the month's end (an extension approved later does not clear it, nor does a
 * later recount make it overdue), and a meeting's decision open past its deadline then is listed and counted even
 * though it was closed since.
 */
@IntegrationTest
class MonthEndOverdueTests {

    static final LocalDate MONTH_END = LocalDate.of(2025, 6, 30);
    static final LocalDate TODAY = LocalDate.of(2025, 8, 12);

    @Autowired
    BriefingAssembler assembler;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    WorkRows work;

    @Autowired
    MonthEndRows rows;

    @Autowired
    MessageSource messages;

    @Test
    void aTicketIsOverdueAgainstTheResolveDateInForceAtTheMonthsEnd() {
        long enterprise = InvestmentFixtures.enterprise(enterprises);
        long project = InvestmentFixtures.project(
                projects, enterprise, ProjectLevel.DISTRICT, ProjectStage.UNDER_CONSTRUCTION, "800");
        // Each of the first two tickets would count the other way by today's dates: the department apart says which.
        long department = work.department(0);
        // Due 20 June, extended in July to 31 July: overdue at the end of June, though not by today's date.
        rows.ticket(
                project,
                department,
                "IN_PROGRESS",
                "2025-07-31",
                null,
                null,
                null,
                step("2025-06-02T10:00:00", "REPORTED"),
                setting("2025-06-03T10:00:00", "ASSIGNED", "ticket.assigned", null, "2025-06-20"),
                step("2025-06-04T10:00:00", "IN_PROGRESS"),
                setting("2025-07-05T10:00:00", "IN_PROGRESS", "ticket.extension-decided", "APPROVED", "2025-07-31"));
        // Due 15 June, extended on 14 June to 15 July and in July again to 30 August: the June extension held then.
        rows.ticket(
                project,
                department,
                "IN_PROGRESS",
                "2025-08-30",
                null,
                null,
                null,
                step("2025-06-02T10:00:00", "REPORTED"),
                setting("2025-06-03T10:00:00", "ASSIGNED", "ticket.assigned", null, "2025-06-15"),
                step("2025-06-04T10:00:00", "IN_PROGRESS"),
                setting("2025-06-14T10:00:00", "IN_PROGRESS", "ticket.extension-decided", "APPROVED", "2025-07-15"),
                setting("2025-07-10T10:00:00", "IN_PROGRESS", "ticket.extension-decided", "APPROVED", "2025-08-30"));
        // Due 2 July, recounted on 1 July to 28 June: not overdue at the end of June, though it is by today's date.
        rows.ticket(
                project,
                work.department(1),
                "IN_PROGRESS",
                "2025-06-28",
                null,
                null,
                null,
                step("2025-06-02T10:00:00", "REPORTED"),
                setting("2025-06-03T10:00:00", "ASSIGNED", "ticket.assigned", null, "2025-07-02"),
                step("2025-06-04T10:00:00", "IN_PROGRESS"),
                setting("2025-07-01T10:00:00", "IN_PROGRESS", "ticket.deadlines-recounted", null, "2025-06-28"));
        // An extension refused in July leaves the deadlines: due 25 June, overdue then as today.
        rows.ticket(
                project,
                department,
                "IN_PROGRESS",
                "2025-06-25",
                null,
                null,
                null,
                step("2025-06-02T10:00:00", "REPORTED"),
                setting("2025-06-03T10:00:00", "ASSIGNED", "ticket.assigned", null, "2025-06-25"),
                step("2025-06-04T10:00:00", "IN_PROGRESS"),
                setting("2025-07-02T10:00:00", "IN_PROGRESS", "ticket.extension-decided", "REJECTED", null));

        Briefing june = assembler.of(
                ReportKind.MONTHLY,
                viewer(enterprise, Permissions.MEETING_VIEW),
                MONTH_END,
                TODAY,
                Locale.SIMPLIFIED_CHINESE);

        Map<String, Figure> figures = june.figures().stream().collect(Collectors.toMap(Figure::key, f -> f));
        assertThat(figures.get("tickets-open").number()).isEqualTo(4L);
        assertThat(figures.get("tickets-overdue").number()).isEqualTo(2L);
        assertThat(june.isCurrent("tickets-overdue")).isFalse();
        assertThat(june.overdue())
                .extracting(DepartmentOverdue::departmentId, DepartmentOverdue::overdue)
                .containsExactly(tuple(department, 2L));
    }

    @Test
    void aDecisionOpenPastItsDeadlineAtTheMonthsEndIsListedThoughClosedSince() throws Exception {
        long enterprise = InvestmentFixtures.enterprise(enterprises);
        long project = InvestmentFixtures.project(
                projects, enterprise, ProjectLevel.DISTRICT, ProjectStage.UNDER_CONSTRUCTION, "800");
        long taskForce = rows.taskForce(project);
        long june = rows.meeting(taskForce, 1, "2025-06-10");
        rows.action(june, taskForce, project, "六月议定、七月办结", "2025-06-20", "2025-07-05");
        rows.action(june, taskForce, project, "六月议定、仍未办结", "2025-06-25", null);
        rows.action(june, taskForce, project, "六月内逾期办结", "2025-06-20", "2025-06-25");
        rows.action(june, taskForce, project, "月末当天办结", "2025-06-20", "2025-06-30");
        rows.action(june, taskForce, project, "七月到期", "2025-07-10", null);
        // Decided at a meeting held after the month's end: not taken yet then, whatever its deadline.
        long july = rows.meeting(taskForce, 2, "2025-07-03");
        rows.action(july, taskForce, project, "七月议定", "2025-06-28", null);

        var viewer = viewer(enterprise, Permissions.MEETING_VIEW);
        Briefing then = assembler.of(ReportKind.MONTHLY, viewer, MONTH_END, TODAY, Locale.SIMPLIFIED_CHINESE);

        assertThat(then.decisions())
                .extracting(ActionLedgerRow::decision, ActionLedgerRow::deadline, ActionLedgerRow::open)
                .containsExactly(
                        tuple("六月议定、七月办结", LocalDate.of(2025, 6, 20), true),
                        tuple("六月议定、仍未办结", LocalDate.of(2025, 6, 25), true));
        assertThat(then.decisions()).allSatisfy(a -> assertThat(a.closedOn()).isNull());
        Map<String, Figure> figures = then.figures().stream().collect(Collectors.toMap(Figure::key, f -> f));
        assertThat(figures.get("decisions-overdue").number()).isEqualTo(2L);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                BriefingWriter.write(then, ReportFormat.XLSX, ReportSheets.chinese(messages))))) {
            assertThat(cells(book.getSheet("议定事项")))
                    .hasSize(2)
                    .anyMatch(line -> line.startsWith("六月议定、七月办结|") && line.endsWith("|2025-06-20"));
            assertThat(cells(book.getSheet("主要指标"))).contains("超期议定事项|2|截至 2025-06-30");
        }

        // Today's briefing lists what is open today, past its deadline today.
        Briefing now = assembler.of(ReportKind.MONTHLY, viewer, TODAY, TODAY, Locale.SIMPLIFIED_CHINESE);
        assertThat(now.decisions()).extracting(ActionLedgerRow::decision).containsExactly("六月议定、仍未办结", "七月议定", "七月到期");
    }
}
