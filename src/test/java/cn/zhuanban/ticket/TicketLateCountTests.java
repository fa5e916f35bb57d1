package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.ticket.domain.DueIndex;
import cn.zhuanban.ticket.domain.LadderStep;
import cn.zhuanban.ticket.domain.TicketAttachments;
import cn.zhuanban.ticket.domain.TicketQueries;
import cn.zhuanban.ticket.domain.TicketRepository;
import cn.zhuanban.ticket.domain.TicketSteps;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A deadline passed is at least one working day late, on the rest day right after it too (WorkingDaysLeft.late): the
 * first-feedback badge of an answer given on the Saturday after a Friday deadline says 超1个工作日, not 超0; a red card's
 * cause read that Saturday says the same count as the lists' countdown (-WorkingDaysLeft), not the raw working days
 * between (0). Fixed dates of 2026, long past, so the test does not depend on today.
 */
@IntegrationTest
class TicketLateCountTests {

    /** Friday 2026-11-27, a working day; the Saturday after it, a rest day. */
    static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    static final LocalDate SATURDAY = FRIDAY.plusDays(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @Autowired
    TicketFlows flows;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    TicketQueries queries;

    @Autowired
    TicketSteps steps;

    @Autowired
    TicketAttachments attachments;

    @Autowired
    MoveAuthority authority;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    UserDirectory users;

    @Autowired
    DueIndex due;

    @Autowired
    TicketRepository tickets;

    @Test
    void aFirstFeedbackGivenOnTheRestDayAfterItsDeadlineIsOneWorkingDayLate() throws Exception {
        assertThat(calendar.administrative().isWorkingDay(FRIDAY)).isTrue();
        assertThat(calendar.administrative().isWorkingDay(SATURDAY)).isFalse();
        long id = flows.signedByPower();
        jdbc.sql("update ticket set feedback_by = :due, first_feedback_at = :answered where id = :id")
                .param("due", FRIDAY)
                .param("answered", java.sql.Timestamp.from(atNoon(SATURDAY)))
                .param("id", id)
                .update();

        assertThat(flows.view(id).deadlineWatches())
                .filteredOn(w -> w.deadline() == TicketDeadline.FEEDBACK)
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.status()).isEqualTo(TicketView.WatchStatus.DONE_LATE);
                    assertThat(w.workingDaysLate()).isEqualTo(1);
                });
        assertThat(WebTestSupport.page(mvc, "dispatch", "/tickets/" + id))
                .contains("逾期完成（超1个工作日）")
                .doesNotContain("超0个工作日");
    }

    @Test
    void aRedCardsCauseReadOnTheRestDayAfterItsDeadlineCountsAsTheListsCountdown() {
        long id = flows.signedByPower();
        jdbc.sql("update ticket set feedback_by = :due, card = 'RED', escalation_level = 'SUPERVISION' where id = :id")
                .param("due", FRIDAY)
                .param("id", id)
                .update();
        int round = jdbc.sql("select deadline_round from ticket where id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
        due.markTaken(id, round, LadderStep.FEEDBACK_RED, FRIDAY, Instant.now());

        TicketViews onSaturday = new TicketViews(
                queries,
                steps,
                attachments,
                authority,
                departments,
                users,
                calendar,
                due,
                Clock.fixed(atNoon(SATURDAY), clock.getZone()),
                messages);
        TicketView view = onSaturday.of(tickets.findById(id).orElseThrow(), flows.user("dispatch"));

        int listsCountdown = WorkingDaysLeft.of(SATURDAY, FRIDAY, calendar.administrative());
        assertThat(listsCountdown).isEqualTo(-1);
        assertThat(view.cardCauses()).singleElement().satisfies(c -> {
            assertThat(c.deadline()).isEqualTo(TicketDeadline.FEEDBACK);
            assertThat(c.workingDaysOverdue()).isEqualTo(-listsCountdown);
        });
    }

    private Instant atNoon(LocalDate day) {
        return day.atTime(12, 0).atZone(clock.getZone()).toInstant();
    }
}
