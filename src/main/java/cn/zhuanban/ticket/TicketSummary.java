package cn.zhuanban.ticket;

import cn.zhuanban.calendar.WorkingCalendar;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A ticket as lists, the API list and the export show it. {@code resolveDateChosen}: the current resolve deadline
 * was typed by people, not counted (as {@link TicketView#resolveDateChosen()}); {@code countdown}: the deadline the
 * department is to meet next, named, null when none runs; {@code source}: where it came from (a report, a meeting
 * decision, a leader's instruction), null where a list did not read it; {@code lateResolution}: the resolution came
 * after the resolve deadline, null when it did not (or the ticket is not resolved in the current round).
 */
public record TicketSummary(
        long id,
        String title,
        long projectId,
        String projectName,
        TicketCategory category,
        TicketSeverity severity,
        TicketState state,
        Long departmentId,
        String departmentName,
        LocalDate resolveBy,
        boolean resolveDateChosen,
        TicketCard card,
        EscalationLevel escalationLevel,
        Instant createdAt,
        Countdown countdown,
        TicketSource source,
        LateResolution lateResolution) {

    /**
     * A ticket list's row as read: the columns every list selects ({@code id, title, project_id, project_name,
     * category, severity, state, department_id, resolve_by, resolve_date_chosen, card, escalation_level, created_at}),
     * nothing named or counted beside them. One mapping for the ticket lists and the meeting agenda's, so that a column
     * read differently in one is not missed in the other; a list that reads more adds it with {@link #with}.
     */
    public static TicketSummary ofRow(ResultSet rs) throws SQLException {
        return new TicketSummary(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getLong("project_id"),
                rs.getString("project_name"),
                TicketCategory.valueOf(rs.getString("category")),
                TicketSeverity.valueOf(rs.getString("severity")),
                TicketState.valueOf(rs.getString("state")),
                rs.getObject("department_id", Long.class),
                null,
                rs.getObject("resolve_by", LocalDate.class),
                rs.getBoolean("resolve_date_chosen"),
                TicketCard.valueOf(rs.getString("card")),
                EscalationLevel.valueOf(rs.getString("escalation_level")),
                rs.getTimestamp("created_at").toInstant(),
                null,
                null,
                null);
    }

    /** This summary with its next deadline, its source and its late resolution as a list read them. */
    public TicketSummary with(Countdown countdown, TicketSource source, LateResolution lateResolution) {
        return new TicketSummary(
                id,
                title,
                projectId,
                projectName,
                category,
                severity,
                state,
                departmentId,
                departmentName,
                resolveBy,
                resolveDateChosen,
                card,
                escalationLevel,
                createdAt,
                countdown,
                source,
                lateResolution);
    }

    /**
     * The resolution of the current round came after the resolve deadline: on {@code resolvedOn}, {@code
     * workingDaysLate} working days after it (at least one: past its date it is late even on the rest day right after
     * it), null where the list did not count them. Lists say 逾期完成（超N个工作日） of it, as the ticket's page does.
     */
    public record LateResolution(LocalDate resolvedOn, Integer workingDaysLate) {

        LateResolution counted(LocalDate resolveBy, WorkingCalendar cal) {
            return new LateResolution(resolvedOn, WorkingDaysLeft.late(resolveBy, resolvedOn, cal));
        }
    }

    /**
     * The next deadline to meet (sign while the ticket waits to be signed, first feedback until the department's first
     * note, resolve after) with its date and the working days left (negative: overdue), null where the list did not
     * count them. Its name and its count come together, so a list never counts one deadline under another's name.
     */
    public record Countdown(TicketDeadline deadline, LocalDate due, Integer workingDaysLeft) {

        /** The message key of the deadline's short name (签收 / 首次反馈 / 办结). */
        public String nameKey() {
            return "ticket.countdown." + deadline;
        }

        /** The message key that says it, with the name as {0} and the working days (left or overdue) as {1}. */
        public String messageKey() {
            if (workingDaysLeft == null) {
                return "ticket.countdown.due";
            }
            return workingDaysLeft < 0
                    ? "ticket.countdown.overdue"
                    : workingDaysLeft == 0 ? "ticket.countdown.today" : "ticket.countdown.left";
        }

        /** The working days as the message says them: left, or overdue (positive). */
        public int workingDays() {
            return workingDaysLeft == null ? 0 : Math.abs(workingDaysLeft);
        }

        /** How it stands, as the ticket's page says it of each deadline: overdue, due within a working day, running. */
        public TicketView.WatchStatus status() {
            if (workingDaysLeft == null || workingDaysLeft > 1) {
                return TicketView.WatchStatus.RUNNING;
            }
            return workingDaysLeft < 0 ? TicketView.WatchStatus.OVERDUE : TicketView.WatchStatus.DUE_SOON;
        }

        Countdown counted(int left) {
            return new Countdown(deadline, due, left);
        }
    }
}
