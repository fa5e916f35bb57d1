package cn.zhuanban.meeting;

import cn.zhuanban.meeting.domain.AgendaStore;
import cn.zhuanban.meeting.domain.MeetingStore;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.ticket.EscalatedClosure;
import cn.zhuanban.ticket.MeetingTickets;
import cn.zhuanban.ticket.TicketState;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agenda items the escalation ladder adds, without anyone's request: apart from {@link MeetingManagement}, whose
 * changes are made by staff on a meeting's page, because this one runs for the system and reads tickets and projects
 * that staff edits of a meeting never need.
 */
@Component
@Transactional
class EscalatedTickets {

    private final MeetingStore meetings;
    private final AgendaStore agenda;
    private final ProjectReads projects;
    private final MeetingTickets tickets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EscalatedTickets(
            MeetingStore meetings,
            AgendaStore agenda,
            ProjectReads projects,
            MeetingTickets tickets,
            ApplicationEventPublisher events,
            Clock clock) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.projects = projects;
        this.tickets = tickets;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Puts a ticket that reached the meeting step of the escalation ladder on the next meeting of every series of the
     * project's task force (domain §3: red + 5 working days → the next weekly meeting's agenda), once: a meeting that
     * lists the ticket already is left alone. Not subject to earlier removals: the ladder puts it there.
     */
    void escalated(long ticketId, long projectId, String title) {
        var project = projects.summary(projectId).orElse(null);
        if (project == null || project.taskForceId() == null) {
            return;
        }
        var status = tickets.statuses(List.of(ticketId)).get(ticketId);
        if (status == null || status.ended()) {
            return;
        }
        putOnNextMeetings(
                project.taskForceId(),
                new AgendaCandidate(
                        AgendaSource.TICKET_RED,
                        ticketId,
                        projectId,
                        project.name() + " · #" + ticketId + " " + title,
                        status.state() + (status.resolveBy() == null ? "" : " " + status.resolveBy())),
                "ticket " + ticketId + " escalated to the meeting");
    }

    /**
     * Puts a ticket closed and escalated after the reporter's second dissatisfaction (domain §3) on the next meeting of
     * every series of the project's task force, once, as the agenda's own builder would list it ({@link
     * AgendaBuilder#escalated}): the lead official takes it to the weekly meeting, which otherwise never heard of it,
     * since the agenda lists open tickets only.
     */
    void dissatisfied(long ticketId, long projectId, String title) {
        var project = projects.summary(projectId).orElse(null);
        if (project == null || project.taskForceId() == null) {
            return;
        }
        var status = tickets.statuses(List.of(ticketId)).get(ticketId);
        if (status == null || status.state() != TicketState.CLOSED) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        putOnNextMeetings(
                project.taskForceId(),
                AgendaBuilder.escalated(new EscalatedClosure(ticketId, title, projectId, project.name(), today)),
                "ticket " + ticketId + " escalated after a second dissatisfaction");
    }

    private void putOnNextMeetings(long taskForceId, AgendaCandidate item, String summary) {
        String key = item.key();
        for (long meetingId : meetings.nextDrafts(taskForceId, LocalDate.now(clock))) {
            meetings.lockAgenda(meetingId);
            boolean listed = agenda.of(meetingId).stream()
                    .anyMatch(i -> key.equals(AgendaCandidate.key(i.source(), i.refId(), i.title())));
            if (!listed) {
                agenda.add(meetingId, item.source(), item.refId(), item.projectId(), item.title(), item.detail());
                events.publishEvent(new MeetingChanged(
                        Actor.of(Actor.SYSTEM), "meeting.item-added", "meeting", meetingId, summary));
            }
        }
    }
}
