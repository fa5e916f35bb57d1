package cn.zhuanban.meeting;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.meeting.domain.ActionStore;
import cn.zhuanban.meeting.domain.AgendaStore;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectSummary;
import cn.zhuanban.schedule.OpenStageGoal;
import cn.zhuanban.schedule.PlanOverviews;
import cn.zhuanban.servicechecklist.ServiceChecklistManagement;
import cn.zhuanban.servicechecklist.ServiceItemView;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.ticket.AgendaTickets;
import cn.zhuanban.ticket.EscalatedClosure;
import cn.zhuanban.ticket.MeetingTickets;
import cn.zhuanban.ticket.TicketCard;
import cn.zhuanban.ticket.TicketClosure;
import cn.zhuanban.ticket.TicketSummary;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Builds a new meeting's agenda from the task force's data since the last meeting, as of the meeting
 * day (so the same data gives the same agenda whatever the clock says), and only what was known by the end of that
 * day: a meeting planned for a past day (the demo's last week, a meeting recorded afterwards) does not list tickets
 * reported, cards given or lights changed later; those come up at the next meeting. Its tickets read in the state and
 * with the resolve date they had that day, its projects with the light they had then ({@link AgendaLights}). Open
 * actions of earlier
 * meetings first (they stay until their ticket closes), then the tickets closed and escalated after the reporter's
 * second dissatisfaction since the last meeting, then the open tickets with a red card,
 * overdue or reported since the last meeting, projects that turned red or yellow since the last
 * meeting and, on a line of their own, those still lit from before, stage goals likewise, service
 * items past or near their limit, and stage goals due in the next two weeks. Closed tickets,
 * finished stage goals and done service items never appear. Everything is read within the planning
 * user's data scope.
 */
@Component
class AgendaBuilder {

    /** Stage goals due within this many days of the meeting come up. */
    static final int DUE_WINDOW_DAYS = 14;

    /** Without an earlier meeting, "new" tickets are those of the last week. */
    static final int FIRST_MEETING_LOOKBACK_DAYS = 7;

    private final ProjectReads projects;
    private final AgendaLights lights;
    private final ServiceChecklistManagement checklists;
    private final MeetingTickets tickets;
    private final AgendaTickets agendaTickets;
    private final PlanOverviews plans;
    private final AgendaStore agenda;
    private final ActionStore actions;
    private final ActionDeadlines actionDeadlines;
    private final Clock clock;

    AgendaBuilder(
            ProjectReads projects,
            AgendaLights lights,
            ServiceChecklistManagement checklists,
            MeetingTickets tickets,
            AgendaTickets agendaTickets,
            PlanOverviews plans,
            AgendaStore agenda,
            ActionStore actions,
            ActionDeadlines actionDeadlines,
            Clock clock) {
        this.clock = clock;
        this.actionDeadlines = actionDeadlines;
        this.projects = projects;
        this.lights = lights;
        this.checklists = checklists;
        this.tickets = tickets;
        this.agendaTickets = agendaTickets;
        this.plans = plans;
        this.agenda = agenda;
        this.actions = actions;
    }

    /** Writes the agenda of a new meeting; returns the number of items. */
    int build(long meetingId, long taskForceId, LocalDate since, LocalDate heldOn, CurrentUser user) {
        List<AgendaCandidate> items = candidates(meetingId, taskForceId, since, heldOn, user);
        items.forEach(c -> agenda.add(meetingId, c.source(), c.refId(), c.projectId(), c.title(), c.detail()));
        return items.size();
    }

    /** The items the data gives for the meeting, in the agenda's order, without writing them. */
    List<AgendaCandidate> candidates(
            long meetingId, long taskForceId, LocalDate since, LocalDate heldOn, CurrentUser user) {
        List<AgendaCandidate> out = new ArrayList<>();
        List<ProjectSummary> served = projects.search(
                        ProjectFilter.ofTaskForce(taskForceId), user, new PageQuery(0, PageQuery.MAX_SIZE))
                .content();
        Map<Long, String> projectNames =
                served.stream().collect(Collectors.toMap(ProjectSummary::id, ProjectSummary::name, (a, b) -> a));
        List<ActionStore.ActionRow> carried = actions.openBefore(taskForceId, meetingId);
        // the deadline as the ticket's extensions and reassignments left it, by the meeting day for a past one
        Map<Long, LocalDate> deadlines = actionDeadlines.of(carried, heldOn);
        for (ActionStore.ActionRow a : carried) {
            // the project first, as a ticket's item reads: two decisions of one meeting differ at a glance
            String project = a.projectId() == null ? null : projectNames.get(a.projectId());
            out.add(new AgendaCandidate(
                    AgendaSource.OPEN_ACTION,
                    a.id(),
                    a.projectId(),
                    project == null ? a.decision() : project + " · " + a.decision(),
                    "#" + a.meetingNumber() + " · " + deadlines.get(a.id())));
        }
        List<Long> ids = served.stream().map(ProjectSummary::id).toList();
        LocalDate from = since == null ? heldOn.minusDays(FIRST_MEETING_LOOKBACK_DAYS) : since;
        // closed after the reporter's second dissatisfaction and escalated: no list of open tickets brings them up;
        // until a meeting held since took it up (or the lead official instructed on it, which the query leaves out)
        List<EscalatedClosure> escalated = tickets.escalatedClosures(ids, from, heldOn, user);
        Map<Long, LocalDate> takenUp = agenda.escalationsTakenUp(
                escalated.stream().map(EscalatedClosure::ticketId).toList(), meetingId, heldOn);
        for (EscalatedClosure e : escalated) {
            LocalDate taken = takenUp.get(e.ticketId());
            if (taken == null || taken.isBefore(e.closedOn())) {
                out.add(escalated(e));
            }
        }
        // a past meeting's tickets as they stood at the end of its day: those open then, in the state and with the
        // card and resolve date they had; a ticket closed or given more time since is what the meeting saw
        List<TicketSummary> open = agendaTickets.forAgenda(ids, from, heldOn, user);
        for (AgendaSource kind :
                List.of(AgendaSource.TICKET_RED, AgendaSource.TICKET_OVERDUE, AgendaSource.TICKET_NEW)) {
            for (TicketSummary t : open) {
                if (kindOf(t, from, heldOn) == kind) {
                    out.add(new AgendaCandidate(
                            kind,
                            t.id(),
                            t.projectId(),
                            t.projectName() + " · #" + t.id() + " " + t.title(),
                            t.state() + (t.resolveBy() == null ? "" : " " + t.resolveBy())));
                }
            }
        }
        Instant fromInstant = from.atStartOfDay(clock.getZone()).toInstant();
        List<AgendaLights.Lit> lit = lights.of(served, heldOn);
        // turned red or yellow since the last meeting first, then those lit since before it ("still"): a
        // light whose change is not recorded counts as old, it did not turn within the tracked time
        for (boolean turned : List.of(true, false)) {
            for (AgendaLights.Lit l : lit) {
                if ((l.changed() != null && !l.changed().isBefore(fromInstant)) == turned) {
                    out.add(new AgendaCandidate(
                            turned ? AgendaSource.PROJECT_LIGHT : AgendaSource.PROJECT_LIGHT_STILL,
                            l.project().id(),
                            l.project().id(),
                            l.project().name(),
                            l.detail(clock)));
                }
            }
        }
        List<Goal> goals = goals(served);
        // Approximation: the schedule keeps no history of a stage goal's light (it is computed from today's
        // plan), so "turned since the last meeting" is judged by the last meeting's agenda: a goal listed there
        // as lit (same project, same title) is "still" lit, any other lit goal is new. A goal removed from
        // that agenda by staff, or renamed since, comes up as new again. For the same reason the light is the plan's
        // of the day the agenda is built or refreshed, not the meeting day's: the agenda says so beside it
        // (meeting.detail.goal-light), unlike a project's light, which the history of lights gives for a past day.
        Set<String> litBefore = agenda.onPreviousAgenda(
                meetingId, List.of(AgendaSource.STAGE_GOAL_LIGHT, AgendaSource.STAGE_GOAL_LIGHT_STILL));
        for (boolean turned : List.of(true, false)) {
            for (Goal g : goals) {
                if (g.goal().lit()
                        && litBefore.contains(AgendaStore.key(g.project().id(), g.title())) != turned) {
                    out.add(new AgendaCandidate(
                            turned ? AgendaSource.STAGE_GOAL_LIGHT : AgendaSource.STAGE_GOAL_LIGHT_STILL,
                            g.project().id(),
                            g.project().id(),
                            g.title(),
                            g.goal().light() + " " + g.goal().targetDate()));
                }
            }
        }
        for (ServiceItemView i : checklists.alerts(ids, heldOn)) {
            out.add(new AgendaCandidate(
                    AgendaSource.SERVICE_ITEM,
                    i.id(),
                    i.projectId(),
                    i.projectName() + " · " + i.name(),
                    i.alert() + " " + i.alertDate()));
        }
        LocalDate horizon = heldOn.plusDays(DUE_WINDOW_DAYS);
        for (Goal g : goals) {
            LocalDate due = g.goal().targetDate();
            if (!g.goal().lit() && !due.isBefore(heldOn) && !due.isAfter(horizon)) {
                out.add(new AgendaCandidate(
                        AgendaSource.STAGE_GOAL_DUE,
                        g.project().id(),
                        g.project().id(),
                        g.title(),
                        due.toString()));
            }
        }
        return out;
    }

    /** The item of a ticket closed and escalated after the reporter's second dissatisfaction. */
    static AgendaCandidate escalated(EscalatedClosure e) {
        return new AgendaCandidate(
                AgendaSource.TICKET_ESCALATED,
                e.ticketId(),
                e.projectId(),
                e.projectName() + " · #" + e.ticketId() + " " + e.title(),
                TicketClosure.DISSATISFIED_ESCALATED.name() + " " + e.closedOn());
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

    private record Goal(ProjectSummary project, OpenStageGoal goal) {

        String title() {
            return project.name() + " · " + goal.name();
        }
    }

    /** Unfinished stage goals of the projects' stored plans, read for all projects at once. */
    private List<Goal> goals(List<ProjectSummary> served) {
        Map<Long, ProjectSummary> byId =
                served.stream().collect(Collectors.toMap(ProjectSummary::id, Function.identity()));
        return plans.openStageGoals(byId.keySet()).stream()
                .map(g -> new Goal(byId.get(g.projectId()), g))
                .toList();
    }
}
