package cn.zhuanban.ticket;

import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.ticket.domain.ChosenDeadline;
import cn.zhuanban.ticket.domain.Deadlines;
import cn.zhuanban.ticket.domain.SlaRules;
import cn.zhuanban.ticket.domain.Step;
import cn.zhuanban.ticket.domain.Ticket;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The dispatch office's assignment and reassignment (交办): to a lead department and co-departments, with deadlines
 * counted on the calendar from the SLA terms of the ticket's category and severity (domain.md §3: resolve within 7
 * working days, ordinary, or 22, complex). The office may classify the ticket anew ({@link MoveCommand#severity()},
 * whose terms then count) and choose the resolve deadline itself ({@link MoveCommand#resolveBy()}): a working day, today
 * or later ({@link ChosenDeadline}); the sign and first-feedback deadlines then never fall after it. The severity given
 * is the step's result, so the timeline and the audit log tell it. A chosen date is marked so ({@link
 * Ticket#chooseResolveDate}): a recount on a changed calendar keeps it, as it keeps an extension's; a reassignment
 * without one is counted, and recounted, again, even after an approved extension had marked the date before.
 */
@Component
public class Assignments {

    private final SlaRules sla;
    private final MoveReferences references;
    private final CalendarManagement calendar;
    private final Clock clock;

    Assignments(SlaRules sla, MoveReferences references, CalendarManagement calendar, Clock clock) {
        this.sla = sla;
        this.references = references;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * The resolve deadline an assignment made today would get for each severity, for the assign form's hint: the
     * ticket is one the user sees already ({@link TicketLists#find}).
     */
    public Map<TicketSeverity, LocalDate> defaultResolveBy(TicketView ticket) {
        LocalDate today = LocalDate.now(clock);
        WorkingCalendar cal = calendar.administrative();
        Map<TicketSeverity, LocalDate> dates = new EnumMap<>(TicketSeverity.class);
        for (TicketSeverity severity : TicketSeverity.values()) {
            dates.put(
                    severity,
                    Deadlines.from(today, sla.terms(ticket.category(), severity), cal)
                            .resolveBy());
        }
        return dates;
    }

    /**
     * Makes the assignment or reassignment: the ticket refuses first what its state and rules refuse (409), a chosen
     * date is then checked (400, beside {@code resolveBy}); a refusal saves nothing, the transaction rolls back.
     */
    Step make(Ticket t, TicketMove move, MoveCommand c, LocalDate today, WorkingCalendar cal) {
        t.requireStateAllows(move); // before the departments are read: a merged or closed ticket is refused as such
        long department = references.department(t, c);
        TicketSeverity severity = c.severity() == null ? t.getSeverity() : c.severity();
        Deadlines deadlines = Deadlines.from(today, sla.terms(t.getCategory(), severity), cal);
        if (c.resolveBy() != null) {
            deadlines = deadlines.resolvingBy(c.resolveBy(), today);
        }
        Step step = move == TicketMove.ASSIGN
                ? t.assign(department, c.coDepartmentIds(), deadlines, today, c.reason())
                : t.reassign(department, c.coDepartmentIds(), deadlines, today, c.reason());
        ChosenDeadline.check("resolveBy", c.resolveBy(), today, cal);
        if (c.resolveBy() != null) {
            t.chooseResolveDate();
        }
        return c.severity() == null ? step : t.classify(c.severity(), step);
    }
}
