package cn.zhuanban.talent;

import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.talent.TalentCommands.DemandForm;
import cn.zhuanban.talent.TalentCommands.ServiceForm;
import cn.zhuanban.talent.TalentViews.DemandView;
import cn.zhuanban.talent.TalentViews.ServiceView;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Dates a person chooses on the talent forms and in the API, refused beside their input: a demand that needs its
 * people on a day gone by, or a service due on a day gone by or on a day nobody works (deadlines are working days on
 * the district calendar, as a ticket's are; the refusal suggests the next working day). A date stored before and sent
 * back unchanged passes, so an item that ran late can still be corrected. The demand's 到岗时间 is checked in
 * {@link TalentManagement}, so that every path (page, API, demo) enforces it; a service's deadline is checked on its
 * forms only, since the demo and the tests call {@link RecruitmentManagement} to record overdue services on purpose.
 * Either runs once the form is otherwise valid, as a refusal, as the ticket forms' checks do.
 */
@Component
public class ChosenDates {

    private final CalendarManagement calendar;
    private final Clock clock;

    ChosenDates(CalendarManagement calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** A new demand, or an open one given another 到岗时间, needs its people today or later. */
    public void checkNeededBy(DemandForm form, DemandView stored) {
        LocalDate date = form.neededBy();
        if (date == null) {
            return;
        }
        boolean chosenNow = stored == null || (stored.status() == DemandStatus.OPEN && !date.equals(stored.neededBy()));
        LocalDate today = LocalDate.now(clock);
        if (chosenNow && date.isBefore(today)) {
            throw BusinessException.invalid(
                    "neededBy", "talent.demand.needed-by.past", date.toString(), today.toString());
        }
    }

    /** A new service, or one given another deadline while still open, is due on a working day today or later. */
    public void checkDeadline(ServiceForm form, ServiceView stored) {
        LocalDate date = form.deadline();
        if (date == null) {
            return;
        }
        if (stored != null && (stored.done() || date.equals(stored.deadline()))) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        if (date.isBefore(today)) {
            throw BusinessException.invalid(
                    "deadline", "talent.service.deadline.past", date.toString(), today.toString());
        }
        WorkingCalendar days = calendar.administrative();
        if (!days.isWorkingDay(date)) {
            String name = days.nameOf(date);
            throw BusinessException.invalid(
                    "deadline",
                    "talent.service.deadline.rest-day",
                    date.toString(),
                    name == null ? new DefaultMessageSourceResolvable("talent.service.deadline.rest-day-name") : name,
                    days.nextWorkingDay(date).toString());
        }
    }
}
