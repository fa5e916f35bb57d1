package cn.zhuanban.meeting;

import cn.zhuanban.shared.SupportedDate;
import cn.zhuanban.ticket.TicketCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/** The commands and views of the weekly meetings. */
public final class MeetingRecords {

    private MeetingRecords() {}

    public record SeriesForm(
            @NotNull(message = "{validation.required}") Long taskForceId,
            @NotNull(message = "{validation.required}") DayOfWeek weekday,

            @NotNull(message = "{validation.required}") @DateTimeFormat(pattern = "HH:mm")
            LocalTime startTime,

            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}")
            String place) {}

    /**
     * The next meeting of a series, as the series page's form plans it: its day, and whether a rest day is meant
     * ({@link MeetingDays}). A refused day (a rest day not confirmed, a day before the last meeting held) comes back
     * beside the date with what was typed.
     */
    public record PlanForm(
            @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @SupportedDate
            LocalDate heldOn,

            boolean restDayConfirmed) {}

    public record SeriesView(
            long id, long taskForceId, String taskForceName, DayOfWeek weekday, LocalTime startTime, String place) {}

    /**
     * A decision and its action. The action's ticket is opened on {@code projectId}; when it is empty,
     * on the project of the agenda item, or on the task force's only project.
     */
    public record DecisionForm(
            Long agendaItemId,

            @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.max-length}")
            String decision,

            @NotNull(message = "{validation.required}") Long ownerDepartmentId,

            /*
             * Optional: the department answers for the action (its handlers and head get the ticket as for any
             * ticket assigned to it); a named person, when given, must be one of the department's people.
             */
            Long ownerUserId,

            @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @SupportedDate
            LocalDate deadline,

            Long projectId,

            /*
             * Required on the form, which offers no choice made for the user: a preselected category went unnoticed and
             * the action's ticket was counted under a category nobody chose. Callers in code without one get OTHER.
             */
            @NotNull(message = "{meeting.category.required}")
            TicketCategory category) {

        public DecisionForm(
                Long agendaItemId, String decision, Long ownerDepartmentId, Long ownerUserId, LocalDate deadline) {
            this(agendaItemId, decision, ownerDepartmentId, ownerUserId, deadline, null, null);
        }

        public static DecisionForm blank() {
            return new DecisionForm(null, "", null, null, null, null, null);
        }
    }

    /**
     * What a meeting's page offers about its agenda: {@code refreshable}, the user may bring it up to date with the data
     * (a draft not yet held, and the user edits meetings); {@code behind}, the data gives another agenda than the one
     * stored.
     */
    public record AgendaState(boolean refreshable, boolean behind) {}

    /**
     * A meeting just planned, and the draft after it whose agenda was not rebuilt for the period the planned meeting
     * redrafted (null when there was none, or it was rebuilt): its page tells the planner so.
     */
    public record Planned(long id, KeptAgenda kept) {}

    /**
     * A draft whose period now begins on {@code since}, the day of a meeting planned before it, and whose agenda was
     * kept as it was: rebuilding it would give items carrying minutes or a decision another reason. Serializable: it
     * reaches the planned meeting's page after the redirect as a flash attribute.
     */
    public record KeptAgenda(long meetingId, int number, LocalDate heldOn, LocalDate since)
            implements java.io.Serializable {}

    /**
     * What a refresh of the agenda changed: items added, items whose reasons were brought up to date, items dropped
     * (the page tells the editor, who would otherwise not know whether the button did anything). Serializable: it
     * reaches the page after the redirect as a flash attribute, which the session keeps in the database.
     */
    public record AgendaChanges(int added, int updated, int dropped) implements java.io.Serializable {

        public boolean any() {
            return added + updated + dropped > 0;
        }
    }

    public record AgendaItemView(
            long id,
            int position,
            AgendaSource source,
            Long refId,
            Long projectId,
            String title,
            String detail,
            String minutes) {}

    public record ActionView(
            long id,
            long meetingId,
            int meetingNumber,
            Long agendaItemId,
            String decision,
            Long ownerDepartmentId,
            String ownerDepartmentName,
            Long ownerUserId,
            String ownerName,
            LocalDate deadline,
            boolean open,
            Long ticketId,
            Long projectId) {}

    /**
     * Where an earlier meeting's action listed on this agenda stands on {@code asOf}: today until the meeting is held,
     * then the meeting day (the minutes of a meeting held last week say what that meeting saw, whenever they are read
     * or confirmed): {@code standing} ends a {@code meeting.action.progress.} key (done, in-progress, red, overdue-sign,
     * overdue-feedback, overdue-resolve naming the deadline its ticket missed first, red- before those for a red card;
     * overdue and red-overdue of minutes kept before), {@code workingDaysOverdue} is its argument.
     */
    public record ActionProgress(String standing, int workingDaysOverdue, LocalDate asOf) {}

    public record AmendmentView(String text, String authorName, Instant createdAt) {}

    public record MeetingSummary(long id, long seriesId, int number, LocalDate heldOn, boolean confirmed) {}

    public record MeetingView(
            long id,
            long seriesId,
            long taskForceId,
            String taskForceName,
            int number,
            LocalDate heldOn,
            LocalDate since,
            boolean confirmed,
            String attendees,
            String place,
            LocalTime startTime,
            DayOfWeek seriesWeekday,
            List<AgendaItemView> items,
            List<ActionView> decisions,
            List<AmendmentView> amendments,
            int version,
            Long chairUserId,
            String chairName,
            Map<Long, ActionProgress> progress) {

        /**
         * How far the action behind a carried-over agenda item has got, or the ticket behind a red ticket's item, or
         * null for any other item.
         */
        public ActionProgress progressOf(long itemId) {
            return progress.get(itemId);
        }

        /**
         * A draft planned for another day of the week than its series meets on (a Saturday for a Monday series): the page
         * warns, since a slip of the date picker is likelier than a moved meeting, but does not refuse a moved meeting.
         */
        public boolean offWeekday() {
            return !confirmed && seriesWeekday != null && heldOn.getDayOfWeek() != seriesWeekday;
        }

        /** Whether {@code userId} chairs this meeting (the task force's lead) and so may confirm it. */
        public boolean chairedBy(long userId) {
            return chairUserId != null && chairUserId == userId;
        }
    }
}
