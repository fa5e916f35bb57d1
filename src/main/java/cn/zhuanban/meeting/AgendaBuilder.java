package cn.zhuanban.meeting;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.meeting.domain.ActionStore;
import cn.zhuanban.meeting.domain.AgendaStore;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectSummary;
import cn.zhuanban.project.StatusLight;
import cn.zhuanban.schedule.PlanManagement;
import cn.zhuanban.schedule.PlanSheet;
import cn.zhuanban.servicechecklist.ServiceChecklistManagement;
import cn.zhuanban.servicechecklist.ServiceItemView;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.ticket.MeetingTickets;
import cn.zhuanban.ticket.TicketCard;
import cn.zhuanban.ticket.TicketSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Builds a new meeting's agenda from the task force's data since the last meeting, as of the meeting
 * day (so the same data gives the same agenda whatever the clock says): open actions of earlier
 * meetings first (they stay until their ticket closes), then the open tickets with a red card,
 * overdue or reported since the last meeting, red and yellow projects, red and yellow stage goals,
 * service items past or near their limit, and stage goals due in the next two weeks. Closed tickets,
 * finished stage goals and done service items never appear. Everything is read within the planning
 * user's data scope.
 */
@Component
class AgendaBuilder {

    /** Stage goals due within this many days of the meeting come up. */
    static final int DUE_WINDOW_DAYS = 14;

    /** Without an earlier meeting, "new" tickets are those of the last week. */
    static final int FIRST_MEETING_LOOKBACK_DAYS = 7;

    private final ProjectManagement projects;
    private final ServiceChecklistManagement checklists;
    private final MeetingTickets tickets;
    private final PlanManagement plans;
    private final AgendaStore agenda;
    private final ActionStore actions;
    private final Clock clock;

    AgendaBuilder(
            ProjectManagement projects,
            ServiceChecklistManagement checklists,
            MeetingTickets tickets,
            PlanManagement plans,
            AgendaStore agenda,
            ActionStore actions,
            Clock clock) {
        this.clock = clock;
        this.projects = projects;
        this.checklists = checklists;
        this.tickets = tickets;
        this.plans = plans;
        this.agenda = agenda;
        this.actions = actions;
    }

    int build(long meetingId, long taskForceId, LocalDate since, LocalDate heldOn, CurrentUser user) {
        int count = 0;
        for (ActionStore.ActionRow a : actions.openBefore(taskForceId, meetingId)) {
            agenda.add(
                    meetingId,
                    AgendaSource.OPEN_ACTION,
                    a.id(),
                    a.projectId(),
                    a.decision(),
                    "#" + a.meetingNumber() + " · " + a.deadline());
            count++;
        }
        List<ProjectSummary> served = projects.search(
                        ProjectFilter.ofTaskForce(taskForceId), user, new PageQuery(0, PageQuery.MAX_SIZE))
                .content();
        List<Long> ids = served.stream().map(ProjectSummary::id).toList();
        LocalDate from = since == null ? heldOn.minusDays(FIRST_MEETING_LOOKBACK_DAYS) : since;
        List<TicketSummary> open = tickets.forAgenda(ids, from, heldOn, user);
        for (AgendaSource kind :
                List.of(AgendaSource.TICKET_RED, AgendaSource.TICKET_OVERDUE, AgendaSource.TICKET_NEW)) {
            for (TicketSummary t : open) {
                if (kindOf(t, from, heldOn) == kind) {
                    agenda.add(
                            meetingId,
                            kind,
                            t.id(),
                            t.projectId(),
                            t.projectName() + " · #" + t.id() + " " + t.title(),
                            t.state() + (t.resolveBy() == null ? "" : " " + t.resolveBy()));
                    count++;
                }
            }
        }
        for (ProjectSummary p : served) {
            if (p.statusLight() != StatusLight.GREEN) {
                agenda.add(
                        meetingId,
                        AgendaSource.PROJECT_LIGHT,
                        p.id(),
                        p.id(),
                        p.name(),
                        p.statusLight().name());
                count++;
            }
        }
        List<Goal> goals = goals(served);
        for (Goal g : goals) {
            if (g.lit()) {
                agenda.add(
                        meetingId,
                        AgendaSource.STAGE_GOAL_LIGHT,
                        g.project().id(),
                        g.project().id(),
                        g.project().name() + " · " + g.row().name(),
                        g.row().light() + " " + g.row().targetDate());
                count++;
            }
        }
        for (ServiceItemView i : checklists.alerts(ids, heldOn)) {
            agenda.add(
                    meetingId,
                    AgendaSource.SERVICE_ITEM,
                    i.id(),
                    i.projectId(),
                    i.projectName() + " · " + i.name(),
                    i.alert() + " " + i.due());
            count++;
        }
        LocalDate horizon = heldOn.plusDays(DUE_WINDOW_DAYS);
        for (Goal g : goals) {
            LocalDate due = g.row().targetDate();
            if (!g.lit() && !due.isBefore(heldOn) && !due.isAfter(horizon)) {
                agenda.add(
                        meetingId,
                        AgendaSource.STAGE_GOAL_DUE,
                        g.project().id(),
                        g.project().id(),
                        g.project().name() + " · " + g.row().name(),
                        due.toString());
                count++;
            }
        }
        return count;
    }

    /**
     * The most pressing reason a ticket is on the agenda: red card, then overdue, then new. An older
     * ticket that is neither red nor past its resolve date is there because it was not signed in time.
     */
    private AgendaSource kindOf(TicketSummary t, LocalDate from, LocalDate heldOn) {
        if (t.card() == TicketCard.RED) {
            return AgendaSource.TICKET_RED;
        }
        boolean late = t.resolveBy() != null && t.resolveBy().isBefore(heldOn);
        boolean older =
                t.createdAt().isBefore(from.atStartOfDay(clock.getZone()).toInstant());
        return late || older ? AgendaSource.TICKET_OVERDUE : AgendaSource.TICKET_NEW;
    }

    private record Goal(ProjectSummary project, PlanSheet.Row row) {

        boolean lit() {
            return "RED".equals(row.light()) || "YELLOW".equals(row.light());
        }
    }

    /** Unfinished stage goals (milestones with a target date) of the projects' stored plans. */
    private List<Goal> goals(List<ProjectSummary> served) {
        return served.stream()
                .flatMap(p -> {
                    PlanSheet sheet = plans.sheetOfVisible(p.id(), p.name());
                    return sheet == null
                            ? java.util.stream.Stream.<Goal>empty()
                            : sheet.rows().stream()
                                    .filter(r -> r.milestone() && r.targetDate() != null && r.actualFinish() == null)
                                    .map(r -> new Goal(p, r));
                })
                .toList();
    }
}
