package cn.zhuanban.meeting;

import cn.zhuanban.meeting.domain.AgendaStore;
import cn.zhuanban.meeting.domain.MeetingStore;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.ticket.MeetingTickets;
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
    private final ProjectManagement projects;
    private final MeetingTickets tickets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EscalatedTickets(
            MeetingStore meetings,
            AgendaStore agenda,
            ProjectManagement projects,
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
        String key = AgendaCandidate.key(AgendaSource.TICKET_RED, ticketId, null);
        for (long meetingId : meetings.nextDrafts(project.taskForceId(), LocalDate.now(clock))) {
            meetings.lockAgenda(meetingId);
            boolean listed = agenda.of(meetingId).stream()
                    .anyMatch(i -> key.equals(AgendaCandidate.key(i.source(), i.refId(), i.title())));
            if (!listed) {
                agenda.add(
                        meetingId,
                        AgendaSource.TICKET_RED,
                        ticketId,
                        projectId,
                        project.name() + " · #" + ticketId + " " + title,
                        status.state() + (status.resolveBy() == null ? "" : " " + status.resolveBy()));
                events.publishEvent(new MeetingChanged(
                        Actor.of(Actor.SYSTEM),
                        "meeting.item-added",
                        "meeting",
                        meetingId,
                        "ticket " + ticketId + " escalated to the meeting"));
            }
        }
    }
}
