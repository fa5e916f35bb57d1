package cn.zhuanban.servicechecklist.domain;

import cn.zhuanban.servicechecklist.LimitUnit;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The order of a department's list, most urgent first, written in SQL so that the database sorts and pages it: the
 * overdue items first, the most overdue first (past the 办理时限, or a hand-made item past its own target, as
 * {@link ItemJudge} calls them overdue, from the earlier of the two days passed); then the other open items by the
 * nearer of the 办理时限's last day and the target; then the done ones. An issued permit waiting for its work to start
 * is among the open ones by the day it lapses (overdue once lapsed): it still needs the start of work, or an extension. The 办理时限 counts working days on the
 * calendar, which is in Java: the caller gives the last day for each acceptance day and limit among the department's
 * open accepted items (few: one per accepted item at most), joined in as a table of values.
 */
public final class UrgencyOrder {

    /** The last day of a limit of {@code days} in {@code unit} for items accepted on {@code acceptedOn}. */
    public record LimitEnd(LocalDate acceptedOn, int days, LimitUnit unit, LocalDate ends) {}

    /** No limit ends: a row that matches no item, so that the join is written the same way on every database. */
    private static final String NONE =
            "(cast(null as date), cast(null as int), cast(null as varchar(20)), cast(null as date))";

    private static final String OPEN = "i.status in ('PENDING', 'IN_PROGRESS')";

    /**
     * An issued permit whose work has not started: done for the department, but it lapses unless work starts, so it
     * is as urgent as its lapse day (see {@link ItemJudge#permitLapse}), not done and last.
     */
    private static final String WAITING =
            "(i.status = 'DONE' and i.validity_months is not null and i.done_on is not null"
                    + " and i.work_started_on is null)";

    /** The permit's lapse day: months added once, as Java's plusMonths does (Jan 31 + 1 month = end of February). */
    private static final String LAPSES = "cast(i.done_on + (i.validity_months + coalesce(i.extension_months, 0)"
            + " * i.extensions_used) * interval '1' month as date)";

    private static final String DUE = "ends.ends_on";

    private static final String OWN_LATE =
            "(" + OPEN + " and i.plan_task_key is null and i.target_date < :urgencyToday)";

    private static final String OVERDUE_SINCE = "(case when " + DUE + " < :urgencyToday and " + OWN_LATE
            + " then least(" + DUE + ", i.target_date) when " + DUE + " < :urgencyToday then " + DUE + " when "
            + OWN_LATE + " then i.target_date when " + WAITING + " and " + LAPSES + " < :urgencyToday then " + LAPSES
            + " end)";

    private static final String NEXT = "(case when " + WAITING + " then " + LAPSES + " when not " + OPEN
            + " then null when " + DUE
            + " is null then i.target_date when i.target_date is null then " + DUE + " else least(" + DUE
            + ", i.target_date) end)";

    private UrgencyOrder() {}

    /** The join of the limits' last days to the items, alias {@code ends}; its parameters go into {@code params}. */
    static String join(List<LimitEnd> ends, Map<String, Object> params) {
        StringBuilder values = new StringBuilder(NONE);
        for (int n = 0; n < ends.size(); n++) {
            LimitEnd e = ends.get(n);
            values.append(", (cast(:endAccepted")
                    .append(n)
                    .append(" as date), cast(:endDays")
                    .append(n)
                    .append(" as int), cast(:endUnit")
                    .append(n)
                    .append(" as varchar(20)), cast(:endsOn")
                    .append(n)
                    .append(" as date))");
            params.put("endAccepted" + n, e.acceptedOn());
            params.put("endDays" + n, e.days());
            params.put("endUnit" + n, e.unit().name());
            params.put("endsOn" + n, e.ends());
        }
        return " left join (values " + values + ") as ends (accepted_on, limit_days, limit_unit, ends_on)"
                + " on " + OPEN + " and ends.accepted_on = i.submitted_on and ends.limit_days = i.limit_days"
                + " and ends.limit_unit = i.limit_unit";
    }

    /** The order by urgency on {@code today}, ties by id so that pages do not overlap. */
    static String orderBy(LocalDate today, Map<String, Object> params) {
        params.put("urgencyToday", today);
        return " order by case when " + OPEN + " or " + WAITING + " then 0 else 1 end,"
                + " case when " + OVERDUE_SINCE + " is null then 1 else 0 end, " + OVERDUE_SINCE + ","
                + " case when " + NEXT + " is null then 1 else 0 end, " + NEXT + ", i.id";
    }
}
