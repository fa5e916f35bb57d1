package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A suspended ticket's deadlines that were not met are paused (挂起中), not done (已完成); those met stay done. And the
 * ticket page counts the resolve deadline once: due today is said 今天到期 in the summary and beside the date alike.
 */
@IntegrationTest
class TicketSuspendedWatchTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketFlows flows;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aTicketSuspendedBeforeItWasSignedHasAllItsDeadlinesPaused() throws Exception {
        long id = flows.assignedToPower();
        suspend(id);

        assertThat(flows.view(id).deadlineWatches())
                .extracting(TicketView.DeadlineWatch::status)
                .containsOnly(TicketView.WatchStatus.PAUSED)
                .hasSize(3);
        assertThat(WebTestSupport.page(mvc, "lead", "/tickets/" + id)).contains("挂起中（暂停计时）");
    }

    @Test
    void aTicketSuspendedAfterSigningKeepsTheSignDeadlineDone() {
        long id = flows.signedByPower();
        suspend(id);

        assertThat(flows.view(id).deadlineWatches())
                .extracting(TicketView.DeadlineWatch::deadline, TicketView.DeadlineWatch::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TicketDeadline.SIGN, TicketView.WatchStatus.DONE),
                        org.assertj.core.groups.Tuple.tuple(TicketDeadline.FEEDBACK, TicketView.WatchStatus.PAUSED),
                        org.assertj.core.groups.Tuple.tuple(TicketDeadline.RESOLVE, TicketView.WatchStatus.PAUSED));
    }

    @Test
    void aResolveDeadlineOfTodayIsDueTodayInTheSummaryAndBesideTheDate() throws Exception {
        long id = flows.signedByPower();
        flows.noteByPower(id);
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("update ticket set resolve_by = :today where id = :id")
                .param("today", today)
                .param("id", id)
                .update();

        TicketView view = flows.view(id);
        assertThat(view.workingDaysLeft()).isZero();
        assertThat(view.deadlineWatches())
                .filteredOn(w -> w.deadline() == TicketDeadline.RESOLVE)
                .singleElement()
                .satisfies(w -> assertThat(w.dueToday()).isTrue());
        assertThat(WebTestSupport.page(mvc, "dispatch", "/tickets/" + id))
                .contains("办结时限今天到期")
                .contains("今天到期")
                .doesNotContain("还有 0 个工作日")
                .doesNotContain("仅剩 1 个工作日");
    }

    private void suspend(long id) {
        flows.management().act(id, TicketMove.SUSPEND, MoveCommand.withReason("重污染天气停工"), flows.user("lead"));
    }
}
