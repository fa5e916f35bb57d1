package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.calendar.WorkingDaysChanged;
import cn.zhuanban.ticket.domain.DeadlineRecounting;
import cn.zhuanban.ticket.domain.Deadlines;
import cn.zhuanban.ticket.domain.DueIndex;
import cn.zhuanban.ticket.domain.LadderStep;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The card follows deadlines that a recount moves later: a red card whose deadline is no longer passed is withdrawn,
 * or lowered to yellow when one working day remains, and can be raised again for the new date; a card whose
 * condition still holds stays, and the ladder's steps are not repeated. The escalation level reached stays.
 *
 * <p>A signed and answered ticket (only its resolve deadline is watched) moved to March 2097, where no other test's
 * ticket runs, carded red and escalated to its lead official as the job would have done. The calendar's days are
 * changed in the database and the recount run for the chosen day, so that the change touches this ticket alone.
 */
@IntegrationTest
class TicketCardRecountTests {

    static final LocalDate ASSIGNED = LocalDate.of(2097, 3, 4); // a Monday
    static final LocalDate RESOLVE_BY = LocalDate.of(2097, 3, 13); // a Wednesday
    static final LocalDate RED_DAY = RESOLVE_BY.plusDays(1);

    @Autowired
    TicketFlows flows;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    DeadlineRecounting recounting;

    @Autowired
    DueIndex due;

    @Autowired
    JdbcClient jdbc;

    long id;
    int round;

    @BeforeEach
    void aRedTicketEscalatedToItsLeadOfficial() {
        id = flows.signedByPower();
        flows.noteByPower(id);
        Deadlines counted = Deadlines.from(ASSIGNED, TicketFixtures.NORMAL, calendar.administrative());
        assertThat(counted.resolveBy()).isEqualTo(RESOLVE_BY);
        jdbc.sql("""
                        update ticket set assigned_on = :a, sign_by = :s, feedback_by = :f, resolve_by = :r,
                                          card = 'RED', escalation_level = 'LEAD_OFFICIAL' where id = :id""")
                .param("a", ASSIGNED)
                .param("s", counted.signBy())
                .param("f", counted.feedbackBy())
                .param("r", counted.resolveBy())
                .param("id", id)
                .update();
        round = round();
        assertThat(due.markTaken(id, round, LadderStep.YELLOW, LocalDate.of(2097, 3, 12), Instant.now()))
                .isTrue();
        assertThat(due.markTaken(id, round, LadderStep.RED, RED_DAY, Instant.now()))
                .isTrue();
        assertThat(due.markTaken(id, round, LadderStep.LEAD_OFFICIAL, LocalDate.of(2097, 3, 18), Instant.now()))
                .isTrue();
    }

    @AfterEach
    void restore() {
        jdbc.sql("delete from calendar_day where cal_date between '2097-03-01' and '2097-03-31'")
                .update();
        bump();
        jdbc.sql("update ticket set state = 'CLOSED' where id = :id")
                .param("id", id)
                .update();
    }

    @Test
    void aRedCardIsWithdrawnWhenTheRecountedDeadlineIsNotNearAndCanBeRaisedAgainForTheNewDate() {
        recount(RED_DAY, LocalDate.of(2097, 3, 6), LocalDate.of(2097, 3, 7), LocalDate.of(2097, 3, 8));

        TicketView t = flows.view(id);
        assertThat(t.resolveBy()).isEqualTo("2097-03-18");
        assertThat(t.card()).isEqualTo(TicketCard.NONE);
        assertThat(t.escalationLevel())
                .as("the lead official was told; the level reached stays")
                .isEqualTo(EscalationLevel.LEAD_OFFICIAL);
        assertThat(t.history())
                .filteredOn(h -> h.action().equals("ticket.card-withdrawn"))
                .singleElement()
                .satisfies(h -> assertThat(h.detail()).contains("撤销红牌"));
        assertThat(round()).isEqualTo(round + 1);
        assertThat(due.of(id))
                .filteredOn(d -> d.step() == LadderStep.RED)
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.round()).isEqualTo(round + 1);
                    assertThat(d.dueOn()).isEqualTo("2097-03-19");
                });
        assertThat(due.markTaken(id, round + 1, LadderStep.RED, LocalDate.of(2097, 3, 19), Instant.now()))
                .as("the job raises the red card again when the new deadline passes")
                .isTrue();
    }

    @Test
    void aRedCardIsLoweredToYellowWhenOneWorkingDayRemainsOnTheRecountedDeadline() {
        recount(RED_DAY, LocalDate.of(2097, 3, 6));

        TicketView t = flows.view(id);
        assertThat(t.resolveBy()).isEqualTo("2097-03-14");
        assertThat(t.card()).isEqualTo(TicketCard.YELLOW);
        assertThat(t.history())
                .filteredOn(h -> h.action().equals("ticket.card-lowered"))
                .singleElement()
                .satisfies(h -> assertThat(h.detail()).contains("红牌降为黄牌"));
        assertThat(t.escalationLevel()).isEqualTo(EscalationLevel.LEAD_OFFICIAL);
    }

    @Test
    void aRedCardStaysWhileTheRecountedDeadlineIsStillPassedAndNoStepIsRepeated() {
        recount(LocalDate.of(2097, 3, 19), LocalDate.of(2097, 3, 6));

        TicketView t = flows.view(id);
        assertThat(t.resolveBy()).isEqualTo("2097-03-14");
        assertThat(t.card()).isEqualTo(TicketCard.RED);
        assertThat(t.history())
                .extracting(TicketView.HistoryEntry::action)
                .contains("ticket.deadlines-recounted")
                .doesNotContain("ticket.card-withdrawn", "ticket.card-lowered");
        assertThat(round()).isEqualTo(round);
        assertThat(due.markTaken(id, round, LadderStep.RED, LocalDate.of(2097, 3, 15), Instant.now()))
                .as("the red card of this round was raised already")
                .isFalse();
    }

    @Test
    void aCardEarnedByASignedDeadlineSurvivesASecondRecount() {
        LocalDate signedLate = jdbc.sql("select sign_by from ticket where id = :id")
                .param("id", id)
                .query(LocalDate.class)
                .single();
        assertThat(due.markTaken(id, round, LadderStep.SIGN_YELLOW, signedLate, Instant.now()))
                .isTrue();

        recount(RED_DAY, LocalDate.of(2097, 3, 6), LocalDate.of(2097, 3, 7), LocalDate.of(2097, 3, 8));
        assertThat(flows.view(id).card())
                .as("the resolve deadline no longer calls for red; the signing earned yellow")
                .isEqualTo(TicketCard.YELLOW);
        assertThat(round()).isEqualTo(round + 1);

        recount(RED_DAY, LocalDate.of(2097, 3, 11));

        TicketView t = flows.view(id);
        assertThat(t.resolveBy()).isEqualTo("2097-03-19");
        assertThat(t.card())
                .as("a second round does not forget the signing's card")
                .isEqualTo(TicketCard.YELLOW);
        assertThat(t.history())
                .extracting(TicketView.HistoryEntry::action)
                .containsOnlyOnce("ticket.card-lowered", "ticket.escalated-sign_yellow")
                .doesNotContain("ticket.card-withdrawn");
    }

    /** The days turn to rest in the calendar, and the recount runs as on {@code today}. */
    private void recount(LocalDate today, LocalDate... holidays) {
        for (LocalDate day : holidays) {
            jdbc.sql("insert into calendar_day (cal_date, working, name, kind) values (:d, false, '测试假日', 'OVERRIDE')")
                    .param("d", day)
                    .update();
        }
        long revision = bump();
        int moved = recounting.recount(new WorkingDaysChanged(List.of(holidays), Instant.now(), revision), today);
        assertThat(moved).isEqualTo(1);
    }

    private long bump() {
        jdbc.sql("update calendar_revision set revision = revision + 1 where id = 1")
                .update();
        return jdbc.sql("select revision from calendar_revision where id = 1")
                .query(Long.class)
                .single();
    }

    private int round() {
        return jdbc.sql("select deadline_round from ticket where id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
    }
}
