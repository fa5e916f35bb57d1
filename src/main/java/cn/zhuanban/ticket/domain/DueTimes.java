package cn.zhuanban.ticket.domain;

import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.ticket.TicketDeadline;
import cn.zhuanban.ticket.TicketState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When each step of the ladder is due for a ticket (domain.md §3): for every deadline still
 * watched, yellow when one working day remains (the working day before it) and red the day after
 * it; the lead official two and the weekly meeting five working days after the ticket turned red (the first working
 * day after the first deadline still watched, {@link Ticket#firstWatched}: a ticket not signed is overdue from its
 * sign deadline, not from its resolve deadline a week later; once per round, whichever deadline they
 * are measured from when due); the no-response close the day
 * after the rating deadline. A sign or feedback limit of a single working day gets no yellow card:
 * its yellow day is the day of the assignment, whose notice already names the deadline.
 */
public final class DueTimes {

    private DueTimes() {}

    public static List<DueIndex.Due> of(Ticket ticket, WorkingCalendar calendar) {
        long id = ticket.getId() == null ? 0 : ticket.getId();
        int round = ticket.getDeadlineRound();
        List<DueIndex.Due> due = new ArrayList<>();
        for (TicketDeadline deadline : TicketDeadline.values()) {
            if (!ticket.watches(deadline)) {
                continue;
            }
            LocalDate by = ticket.deadline(deadline);
            LocalDate yellow = calendar.addWorkingDays(by, -1);
            if (deadline == TicketDeadline.RESOLVE
                    || ticket.getAssignedOn() == null
                    || yellow.isAfter(ticket.getAssignedOn())) {
                due.add(new DueIndex.Due(id, LadderStep.yellow(deadline), round, yellow));
            }
            due.add(new DueIndex.Due(id, LadderStep.red(deadline), round, by.plusDays(1)));
        }
        TicketDeadline first = ticket.firstWatched();
        if (first != null) {
            LocalDate by = ticket.deadline(first);
            due.add(new DueIndex.Due(id, LadderStep.LEAD_OFFICIAL, round, calendar.addWorkingDays(by, 1 + 2)));
            due.add(new DueIndex.Due(id, LadderStep.MEETING, round, calendar.addWorkingDays(by, 1 + 5)));
        }
        if (ticket.getState() == TicketState.AWAITING_FEEDBACK && ticket.getRatingBy() != null) {
            due.add(new DueIndex.Due(
                    id, LadderStep.NO_RESPONSE, round, ticket.getRatingBy().plusDays(1)));
        }
        return due;
    }
}
