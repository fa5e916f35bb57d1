package cn.zhuanban.dashboard.reports;

import static cn.zhuanban.dashboard.reports.ReportSheets.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.dashboard.cockpit.CockpitData.Figure;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.investmentreport.InvestmentFixtures;
import cn.zhuanban.meeting.ActionFilter;
import cn.zhuanban.meeting.ActionLedger;
import cn.zhuanban.meeting.ActionLedgerRow;
import cn.zhuanban.meeting.ActionState;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.shared.PageQuery;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A past month's briefing counts the decisions open past their deadline at the month's end, and its figure opens the
 * decisions ledger as of that month's end (its month filter, paged and filtered in SQL), not today's ledger, which
 * lists others: a decision closed since is listed open, one of a meeting held after the month is not. Its other figures
 * link only where their list reads as of then. Test year 2016.
 */
@IntegrationTest
class DecisionsLedgerAsOfMonthTests {

    static final YearMonth MARCH = YearMonth.of(2016, 3);

    @Autowired
    BriefingAssembler assembler;

    @Autowired
    ActionLedger ledger;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    MonthEndRows rows;

    @Autowired
    MockMvc mvc;

    long taskForce;
    CurrentUser viewer;

    @BeforeEach
    void decisions() {
        long enterprise = InvestmentFixtures.enterprise(enterprises);
        long project = InvestmentFixtures.project(
                projects, enterprise, ProjectLevel.DISTRICT, ProjectStage.UNDER_CONSTRUCTION, "800");
        taskForce = rows.taskForce(project);
        long march = rows.meeting(taskForce, 1, "2016-03-10");
        rows.action(march, taskForce, project, "三月议定四月办结", "2016-03-20", "2016-04-05");
        rows.action(march, taskForce, project, "三月议定仍未办结", "2016-03-25", null);
        rows.action(march, taskForce, project, "三月内超期办结", "2016-03-20", "2016-03-25");
        rows.action(march, taskForce, project, "四月到期", "2016-04-10", null);
        long april = rows.meeting(taskForce, 2, "2016-04-03");
        rows.action(april, taskForce, project, "四月议定", "2016-03-28", null);
        viewer = viewer(enterprise, Permissions.MEETING_VIEW);
    }

    @Test
    void thePastMonthsFigureLinksToTheLedgerAsOfThatMonthsEnd() {
        Briefing then = assembler.of(
                ReportKind.MONTHLY, viewer, MARCH.atEndOfMonth(), LocalDate.of(2016, 5, 12), Locale.SIMPLIFIED_CHINESE);

        Figure decisions = then.figures().stream()
                .filter(f -> f.key().equals("decisions-overdue"))
                .findFirst()
                .orElseThrow();
        assertThat(decisions.number()).isEqualTo(2L);
        assertThat(decisions.link()).isEqualTo("/meetings/actions?state=OVERDUE&month=2016-03");
    }

    /**
     * The month end's other figures have no list that reads as of a past day (projects, lights, tickets, stage goals):
     * they are shown plain, not linked to today's rows that would not add up to them. The year's completed investment
     * opens the year's statistics (a column per month), and the figures that are today's anyway open today's lists.
     */
    @Test
    void thePastMonthsOtherFiguresLinkOnlyWhereTheListReadsAsOfThen() {
        CurrentUser all = viewer(viewer.enterpriseId(), Permissions.MEETING_VIEW, Permissions.INVESTMENT_VIEW);
        Briefing then = assembler.of(
                ReportKind.MONTHLY, all, MARCH.atEndOfMonth(), LocalDate.of(2016, 5, 12), Locale.SIMPLIFIED_CHINESE);

        java.util.Map<String, Figure> figures =
                then.figures().stream().collect(java.util.stream.Collectors.toMap(Figure::key, f -> f));
        assertThat(figures)
                .containsKeys(
                        "projects",
                        "red",
                        "tickets-open",
                        "tickets-overdue",
                        "tickets-solved",
                        "tickets-satisfaction",
                        "goals-on-time");
        for (String unlinked : new String[] {
            "projects",
            "red",
            "tickets-open",
            "tickets-overdue",
            "tickets-solved",
            "tickets-satisfaction",
            "goals-on-time"
        }) {
            assertThat(figures.get(unlinked).link()).as(unlinked).isNull();
        }
        assertThat(figures.get("decisions-overdue").link()).isEqualTo("/meetings/actions?state=OVERDUE&month=2016-03");
        assertThat(figures.get("completed").link()).isEqualTo("/investment-reports/statistics?year=2016");
        assertThat(then.isCurrent("missing")).isTrue();
        assertThat(figures.get("missing").link()).startsWith("/investment-reports/missing?month=");
    }

    @Test
    void theLedgerOfAPastMonthListsTheDecisionsAsTheyStoodAtItsEnd() {
        assertThat(ledger.search(filter(ActionState.OVERDUE, MARCH), viewer, new PageQuery(0, 10))
                        .content())
                .extracting(ActionLedgerRow::decision, ActionLedgerRow::open, ActionLedgerRow::closedOn)
                .containsExactly(tuple("三月议定四月办结", true, null), tuple("三月议定仍未办结", true, null));
        assertThat(ledger.search(filter(null, MARCH), viewer, new PageQuery(0, 10))
                        .content())
                .extracting(ActionLedgerRow::decision, a -> a.standing(MARCH.atEndOfMonth()))
                .containsExactly(
                        tuple("三月议定四月办结", "open-late"),
                        tuple("三月议定仍未办结", "open-late"),
                        tuple("四月到期", "open"),
                        tuple("三月内超期办结", "closed-late"));
        assertThat(ledger.search(filter(ActionState.CLOSED, MARCH), viewer, new PageQuery(0, 10))
                        .content())
                .extracting(ActionLedgerRow::decision)
                .containsExactly("三月内超期办结");
        // today's ledger lists what is open past its deadline today
        assertThat(ledger.search(filter(ActionState.OVERDUE, null), viewer, new PageQuery(0, 10))
                        .content())
                .extracting(ActionLedgerRow::decision)
                .containsExactlyInAnyOrder("三月议定仍未办结", "四月议定", "四月到期");
    }

    @Test
    void theLedgerPageOfAPastMonthSaysWhatItShows() throws Exception {
        String page = WebTestSupport.page(
                mvc, "dispatch", "/meetings/actions?state=OVERDUE&month=2016-03&taskForceId=" + taskForce);

        assertThat(page)
                .contains("id=\"actions-as-of\"", "截至2016-03-31（2016-03月末）的情况", "三月议定四月办结", "三月议定仍未办结")
                .doesNotContain("四月议定", "四月到期");
    }

    private ActionFilter filter(ActionState state, YearMonth month) {
        return new ActionFilter(null, taskForce, null, state, month);
    }
}
