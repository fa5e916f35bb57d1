package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.ticket.domain.DueIndex;
import cn.zhuanban.ticket.domain.LadderStep;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * A red card raised by a missed sign or first-feedback deadline while the resolve deadline is still ahead: the page,
 * the card's label and the printed supervision notice say which time limit was missed, not "past its time limit".
 */
@IntegrationTest
class TicketCardCauseTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketFlows flows;

    @Autowired
    DueIndex due;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aRedCardForAMissedFirstFeedbackSaysSoWhileTheResolveDeadlineIsAhead() throws Exception {
        long id = flows.signedByPower();
        TicketView t = flows.view(id);
        redFor(id, t, LadderStep.FEEDBACK_RED);
        // the feedback date was two working days ago (counted from the last working day, so that a weekend run
        // counts two as well), the resolve date is still ahead
        LocalDate today = LocalDate.now(clock);
        LocalDate lastWorkingDay = calendar.addWorkingDays(calendar.addWorkingDays(today, 1), -1);
        moveFeedbackBy(id, calendar.addWorkingDays(lastWorkingDay, -2));

        TicketView red = flows.view(id);
        assertThat(red.cardCauses()).singleElement().satisfies(c -> {
            assertThat(c.deadline()).isEqualTo(TicketDeadline.FEEDBACK);
            assertThat(c.workingDaysOverdue()).isEqualTo(2);
        });

        String page = WebTestSupport.page(mvc, "dispatch", "/tickets/" + id);
        assertThat(page)
                .contains("红牌（首次反馈时限）")
                .contains("title=\"首次反馈已超时 2 个工作日\"")
                .containsPattern("id=\"ticket-card-causes\"[^>]*>首次反馈已超时 2 个工作日；</div>")
                .contains("距办结时限还有");

        String sheet = WebTestSupport.page(mvc, "dispatch", "/tickets/" + id + "/print");
        assertThat(sheet).contains("重点项目问题督办单").contains("本问题已超过首次反馈时限，现予红牌督办").doesNotContain("已超过办理时限");
    }

    @Test
    void aRedCardForALateSignatureNamesTheSigningLimitInEnglishToo() throws Exception {
        long id = flows.assignedToPower();
        TicketView t = flows.view(id);
        redFor(id, t, LadderStep.SIGN_RED);

        assertThat(english("/tickets/" + id)).contains("Red card (signing limit)");
        assertThat(english("/tickets/" + id + "/print"))
                .contains("This problem is past its signing limit and is under red-card supervision.");
    }

    @Test
    void aRedCardForTheResolveDeadlineIsSaidOnceByTheCountdown() throws Exception {
        long id = flows.signedByPower();
        flows.noteByPower(id);
        TicketView t = flows.view(id);
        redFor(id, t, LadderStep.RED);

        String page = WebTestSupport.page(mvc, "dispatch", "/tickets/" + id);
        assertThat(page).contains("红牌（办结时限）").doesNotContain("id=\"ticket-card-causes\"");
        assertThat(WebTestSupport.page(mvc, "dispatch", "/tickets/" + id + "/print"))
                .contains("本问题已超过办结时限，现予红牌督办");
    }

    @Test
    void aRedCardWithNoStepOnRecordKeepsTheGeneralWording() throws Exception {
        long id = flows.assignedToPower();
        jdbc.sql("update ticket set card = 'RED' where id = :id")
                .param("id", id)
                .update();

        assertThat(flows.view(id).cardCauses()).isEmpty();
        assertThat(WebTestSupport.page(mvc, "dispatch", "/tickets/" + id + "/print"))
                .contains("本问题已超过办理时限，现予红牌督办");
    }

    private String english(String path) throws Exception {
        return mvc.perform(get(path)
                        .session(WebTestSupport.login(mvc, "dispatch"))
                        .sessionAttr(SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME, Locale.ENGLISH))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private void redFor(long id, TicketView t, LadderStep step) {
        jdbc.sql("update ticket set card = 'RED', escalation_level = 'SUPERVISION' where id = :id")
                .param("id", id)
                .update();
        int round = jdbc.sql("select deadline_round from ticket where id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
        due.markTaken(
                id,
                round,
                step,
                switch (step.deadline()) {
                    case SIGN -> t.signBy();
                    case FEEDBACK -> t.feedbackBy();
                    case RESOLVE -> t.resolveBy();
                },
                Instant.now());
    }

    private void moveFeedbackBy(long id, LocalDate feedbackBy) {
        jdbc.sql("update ticket set feedback_by = :d where id = :id")
                .param("d", feedbackBy)
                .param("id", id)
                .update();
    }
}
