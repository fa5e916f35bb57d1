package cn.zhuanban.servicechecklist;

import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.shared.BusinessException;
import java.time.LocalDate;
import java.util.Objects;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The dates a person types on an item's form that cannot be right: a 材料齐全受理日 that has not come yet (the time
 * limit would count from a day nobody handed anything in, and the item would look on time for weeks too long), and a
 * target date that is no working day on the administrative calendar (the department does not work on a Sunday or a
 * holiday; the refusal names the day and suggests the next working day, as the ticket forms do). Only a target the
 * person changed is judged: a target the plan gave may fall on the construction calendar's working Saturday, and
 * refusing it would block an edit of the status that never touched it.
 */
final class ItemDates {

    private ItemDates() {}

    static void check(ServiceItemForm form, LocalDate targetBefore, WorkingCalendar calendar, LocalDate today) {
        if (form.submittedOn() != null && form.submittedOn().isAfter(today)) {
            throw BusinessException.invalid("submittedOn", "checklist.error.future", form.submittedOn());
        }
        LocalDate target = form.targetDate();
        if (target != null && !Objects.equals(target, targetBefore) && !calendar.isWorkingDay(target)) {
            String name = calendar.nameOf(target);
            throw BusinessException.invalid(
                    "targetDate",
                    "checklist.error.rest-day",
                    target.toString(),
                    name == null ? new DefaultMessageSourceResolvable("checklist.rest-day") : name,
                    calendar.nextWorkingDay(target).toString());
        }
    }
}
