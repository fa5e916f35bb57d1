package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.shared.PageQuery;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A ticket closed by the reporter's second dissatisfaction is closed, escalated, and not solved, whatever outcome the
 * department claimed: every metric (the table, the ranking, the cockpit's overview, the list's "solved" filter) counts
 * it closed and apart as 不满意关闭, never as solved, and no outcome filter of the lists lists it.
 */
@IntegrationTest
class TicketClosedDissatisfiedMetricsTests {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 15);

    @Autowired
    TicketFlows flows;

    @Autowired
    TicketTestData data;

    @Autowired
    TicketMetrics metrics;

    @Autowired
    TicketLists lists;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTicketClosedByTheSecondDissatisfactionCountsClosedButNotSolved() {
        CurrentUser dispatch = flows.user("dispatch");
        String power = Long.toString(data.department("GD"));
        MetricsRow before = row(power, dispatch);
        TicketOverview overviewBefore = metrics.overview(dispatch, DAY);

        long id = flows.closedAfterTwoDissatisfactions();
        assertThat(flows.view(id).state()).isEqualTo(TicketState.CLOSED);

        MetricsRow after = row(power, dispatch);
        assertThat(after.closed() - before.closed()).isEqualTo(1);
        assertThat(after.solved()).isEqualTo(before.solved());
        assertThat(after.closedDissatisfied() - before.closedDissatisfied()).isEqualTo(1);
        MetricsRow ranked = metrics.ranking(dispatch).stream()
                .filter(r -> r.key().equals(power))
                .findFirst()
                .orElseThrow();
        assertThat(ranked.solved()).isEqualTo(after.solved());
        assertThat(ranked.solveRate()).isEqualTo(after.solveRate());

        TicketOverview overviewAfter = metrics.overview(dispatch, DAY);
        assertThat(overviewAfter.closed() - overviewBefore.closed()).isEqualTo(1);
        assertThat(overviewAfter.solved()).isEqualTo(overviewBefore.solved());

        TicketFilter solved = new TicketFilter(null, null, null, null, null, null, null, null, TicketOutcome.SOLVED);
        assertThat(lists.search(solved, dispatch, new PageQuery(0, 500)).content())
                .extracting(TicketSummary::id)
                .doesNotContain(id);
    }

    @Test
    void noOutcomeFilterListsATicketClosedByTheSecondDissatisfaction() {
        CurrentUser dispatch = flows.user("dispatch");
        String marker = "不满意关闭筛选" + System.nanoTime();
        long dissatisfied = flows.closedAfterTwoDissatisfactions();
        long satisfied = flows.signedByPower();
        flows.resolveByPower(satisfied);
        flows.management().act(satisfied, TicketMove.REVIEW, MoveCommand.review(true), dispatch);
        flows.management()
                .act(satisfied, TicketMove.FEEDBACK, MoveCommand.rate(TicketRating.SATISFIED, null), dispatch);
        for (TicketOutcome outcome : TicketOutcome.values()) {
            // the department's claimed outcome, whichever it was
            jdbc.sql("update ticket set outcome = :outcome, title = :title where id in (:ids)")
                    .param("outcome", outcome.name())
                    .param("title", marker)
                    .param("ids", java.util.List.of(dissatisfied, satisfied))
                    .update();
            TicketFilter filter = new TicketFilter(marker, null, null, null, null, null, null, null, outcome);

            assertThat(lists.search(filter, dispatch, new PageQuery(0, 50)).content())
                    .as(outcome.name())
                    .extracting(TicketSummary::id)
                    .containsExactly(satisfied);
        }
    }

    private MetricsRow row(String key, CurrentUser user) {
        return metrics.by(MetricsDimension.DEPARTMENT, user).stream()
                .filter(r -> r.key().equals(key))
                .findFirst()
                .orElse(new MetricsRow(key, "", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null));
    }
}
