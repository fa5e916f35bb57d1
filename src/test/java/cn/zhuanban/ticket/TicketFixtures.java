package cn.zhuanban.ticket;

import cn.zhuanban.calendar.HolidayCnJson;
import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.ticket.domain.Deadlines;
import cn.zhuanban.ticket.domain.SlaTerms;
import cn.zhuanban.ticket.domain.Ticket;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** A ticket driven into any state on the real 2026 calendar with a fixed clock, for unit tests. */
final class TicketFixtures {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 9, 29);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE);
    static final Instant NOW = CLOCK.instant();
    static final SlaTerms NORMAL = new SlaTerms(1, 3, 7);
    static final WorkingCalendar CALENDAR = calendar();

    private TicketFixtures() {}

    static WorkingCalendar calendar() {
        try (InputStream in = TicketFixtures.class.getResourceAsStream("/holiday-cn/2026.json")) {
            return WorkingCalendar.standard(HolidayCnJson.read(in).days());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Deadlines deadlines() {
        return Deadlines.from(TODAY, NORMAL, CALENDAR);
    }

    static Ticket reported() {
        Ticket t = Ticket.report(
                1L, TicketCategory.POWER, TicketSeverity.NORMAL, "停电", "工地无法接电", 7L, TicketSource.REPORT, NOW, TODAY);
        t.reported();
        return t;
    }

    static Ticket in(TicketState state) {
        Ticket t = reported();
        switch (state) {
            case REPORTED -> {}
            case ASSIGNED -> assign(t);
            case RETURN_REQUESTED -> {
                assign(t);
                t.requestReturn("不属于本部门职责");
            }
            case IN_PROGRESS -> signed(t);
            case RESOLVED -> resolved(t);
            case AWAITING_FEEDBACK -> {
                resolved(t);
                t.review(true, null, TODAY.plusDays(5));
            }
            case CLOSED -> {
                resolved(t);
                t.review(true, null, TODAY.plusDays(5));
                t.rate(TicketRating.SATISFIED, null, deadlines(), TODAY, NOW);
            }
            case MERGED -> t.merge(99L, "重复", NOW);
            case REJECTED -> {
                t.reject("不合理诉求", NOW);
                t.reject(null, NOW);
            }
            case SUSPENDED -> {
                assign(t);
                t.suspend("企业暂停建设", TODAY);
            }
        }
        return t;
    }

    static void assign(Ticket t) {
        t.assign(5L, List.of(6L), deadlines(), TODAY);
    }

    static void signed(Ticket t) {
        assign(t);
        t.sign(NOW);
    }

    static void resolved(Ticket t) {
        signed(t);
        t.resolve(TicketOutcome.SOLVED, "已接电", TODAY, 1, NOW);
    }
}
