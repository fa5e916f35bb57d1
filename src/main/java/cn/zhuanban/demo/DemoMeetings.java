package cn.zhuanban.demo;

import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.meeting.MeetingDecisions;
import cn.zhuanban.meeting.MeetingManagement;
import cn.zhuanban.meeting.MeetingRecords.AgendaItemView;
import cn.zhuanban.meeting.MeetingRecords.DecisionForm;
import cn.zhuanban.meeting.MeetingRecords.SeriesForm;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectSummary;
import cn.zhuanban.shared.ClockConfiguration;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.ticket.MeetingTickets;
import cn.zhuanban.ticket.TicketCategory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The API plant's task force meets every Monday: last week's meeting is held, its minutes recorded, two decisions
 * assigned as tracked actions and the minutes confirmed by the chair (侯明远, the task force's lead); next Monday's
 * meeting is planned with the agenda the platform builds from what happened since. So the weekly meeting pages show
 * the whole cycle on the first start.
 */
@Component
class DemoMeetings {

    /** The minutes of last week's meeting, by the title of the ticket each speaks of. */
    private static final Map<String, String> MINUTES = Map.of(
            "施工临时用电增容迟迟未接入",
            "供电公司说明 10 千伏专线施工进度：电缆沟已完成 80%，受冬季施工影响，送电时间需再压缩 3 个工作日。",
            "厂区供水管网接驳",
            "水务公司已完成接驳路由踏勘，企业补充厂区管线平面图后一周内出具接驳方案。");

    private final MeetingManagement meetings;
    private final MeetingDecisions decisions;
    private final MeetingTickets actions;
    private final ProjectReads projects;
    private final DemoUsers users;
    private final JdbcClient jdbc;
    private final CalendarManagement calendar;
    private final Clock clock;

    DemoMeetings(
            MeetingManagement meetings,
            MeetingDecisions decisions,
            MeetingTickets actions,
            ProjectReads projects,
            DemoUsers users,
            JdbcClient jdbc,
            CalendarManagement calendar,
            Clock clock) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.actions = actions;
        this.projects = projects;
        this.users = users;
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
    }

    void seed(DemoPeople.Seeded seeded) {
        CurrentUser dispatch = users.as("dispatch");
        ProjectSummary api = projects.search(
                        new ProjectFilter(DemoPlans.API_PROJECT, null, null, null, null, null, null),
                        dispatch,
                        new PageQuery(0, 1))
                .content()
                .getFirst();
        long series = meetings.createSeries(
                new SeriesForm(api.taskForceId(), DayOfWeek.MONDAY, LocalTime.of(9, 0), "区重点项目调度办三楼会议室"), dispatch);
        LocalDate today = LocalDate.now(clock);
        LocalDate lastMonday = today.minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        reportedBeforeTheMeeting(api, lastMonday.minusDays(3));
        long held = meetings.plan(series, lastMonday, dispatch);
        hold(held, api, seeded, lastMonday, dispatch);
        meetings.plan(series, today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)), dispatch);
    }

    /**
     * The tickets last week's meeting spoke of were reported before it in the story, but today when the demo is
     * seeded: the agenda holds only what was known by the meeting day, so they are dated back to {@code day} (their
     * report, not the later steps, which the story places after the meeting).
     */
    private void reportedBeforeTheMeeting(ProjectSummary api, LocalDate day) {
        Timestamp at = Timestamp.from(
                day.atTime(10, 0).atZone(ClockConfiguration.DISTRICT_ZONE).toInstant());
        List<Long> ids = jdbc.sql("select id from ticket where project_id = :project and title in (:titles)")
                .param("project", api.id())
                .param("titles", List.copyOf(MINUTES.keySet()))
                .query(Long.class)
                .list();
        for (long id : ids) {
            jdbc.sql("update ticket set reported_month = :month, created_at = :at where id = :id")
                    .param("month", YearMonth.from(day).toString())
                    .param("at", at)
                    .param("id", id)
                    .update();
            jdbc.sql("update ticket_step set at = :at where ticket_id = :id"
                            + " and step = (select min(s.step) from ticket_step s where s.ticket_id = :id)")
                    .param("at", at)
                    .param("id", id)
                    .update();
        }
    }

    private void hold(long id, ProjectSummary api, DemoPeople.Seeded seeded, LocalDate heldOn, CurrentUser dispatch) {
        meetings.recordAttendance(
                id, "侯明远（主持）、赵敏、陈刚、周丽、吴强、孙伟（企业）", meetings.find(id, dispatch).version(), dispatch);
        // each minute on the item it speaks of (by the ticket's title), not on whichever item the agenda lists first:
        // the agenda's order follows the data, and the water-pipe item once carried the fire-inspection minute
        for (AgendaItemView item : meetings.find(id, dispatch).items()) {
            MINUTES.entrySet().stream()
                    .filter(e -> item.title().endsWith(e.getKey()))
                    .findFirst()
                    .ifPresent(e -> meetings.recordMinutes(
                            id,
                            item.id(),
                            e.getValue(),
                            meetings.find(id, dispatch).version(),
                            dispatch));
        }
        decide(
                id,
                "区供电公司倒排 10 千伏专线送电计划，周五前报专班",
                "GD",
                "handler-power",
                heldOn.plusDays(4),
                api,
                TicketCategory.POWER,
                seeded,
                dispatch);
        decide(
                id,
                "自然资源局协调危化品仓库用地红线复核，两周内出具意见",
                "ZRZY",
                "handler",
                heldOn.plusDays(14),
                api,
                TicketCategory.LAND,
                seeded,
                dispatch);
        CurrentUser chair = users.as("lead");
        meetings.confirm(id, meetings.find(id, chair).version(), chair);
    }

    private void decide(
            long meeting,
            String decision,
            String department,
            String owner,
            LocalDate deadline,
            ProjectSummary project,
            TicketCategory category,
            DemoPeople.Seeded seeded,
            CurrentUser dispatch) {
        long action = decisions.decide(
                meeting,
                new DecisionForm(
                        null,
                        decision,
                        seeded.departments().get(department),
                        seeded.users().get(owner),
                        settable(deadline),
                        project.id(),
                        category),
                meetings.find(meeting, dispatch).version(),
                dispatch);
        assignedAtTheMeeting(action, meetings.find(meeting, dispatch).heldOn());
    }

    /**
     * The story's deadline as one the meeting may set when the demo is seeded: a working day not before today (a
     * decision refuses a past date or a rest day). "By Friday" of last week's meeting becomes a day still to come.
     */
    private LocalDate settable(LocalDate deadline) {
        LocalDate today = LocalDate.now(clock);
        return calendar.administrative().workingDayOnOrAfter(deadline.isBefore(today) ? today : deadline);
    }

    /**
     * The action's ticket was opened today, when the demo was seeded, but in the story at the meeting: without this
     * its sheet read "assigned today, overdue since last Friday". The ticket module dates the assignment back and
     * counts its sign and first-feedback deadlines from the meeting by the SLA terms, as a real assignment's: set in
     * the column alone, they stayed counted from the seeding day, after the assignment a week before.
     */
    private void assignedAtTheMeeting(long action, LocalDate heldOn) {
        long ticket = jdbc.sql("select ticket_id from meeting_action where id = :id")
                .param("id", action)
                .query(Long.class)
                .single();
        actions.assignedAtMeeting(ticket, heldOn);
        Timestamp at = Timestamp.from(
                heldOn.atTime(11, 0).atZone(ClockConfiguration.DISTRICT_ZONE).toInstant());
        // The reported month goes back with the day it was reported: the metrics by month group by it, and a
        // November meeting's tickets counted in December otherwise.
        jdbc.sql("update ticket set reported_month = :month, created_at = :at, updated_at = :at where id = :id")
                .param("month", YearMonth.from(heldOn).toString())
                .param("at", at)
                .param("id", ticket)
                .update();
        jdbc.sql("update ticket_step set at = :at where ticket_id = :id")
                .param("at", at)
                .param("id", ticket)
                .update();
    }
}
