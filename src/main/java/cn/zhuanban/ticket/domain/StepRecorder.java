package cn.zhuanban.ticket.domain;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.ticket.TicketState;
import cn.zhuanban.ticket.TicketStepRecorded;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes a move to the timeline and publishes {@link TicketStepRecorded} in the same transaction,
 * so the notification module hears of every step exactly when it is committed.
 */
@Component
public class StepRecorder {

    private final TicketSteps steps;
    private final TicketQueries queries;
    private final ApplicationEventPublisher events;

    StepRecorder(TicketSteps steps, TicketQueries queries, ApplicationEventPublisher events) {
        this.steps = steps;
        this.queries = queries;
        this.events = events;
    }

    public void record(
            Ticket ticket, Step step, Long actorId, String actorName, String detail, Actor actor, Instant now) {
        // the resolve and sign deadlines a step set are kept with it: the ticket row has only today's, a past meeting
        // reads the ones of its day (TicketHistory)
        steps.record(
                ticket.getId(),
                step,
                ticket.getDepartmentId(),
                step.setsDeadlines() ? ticket.getResolveBy() : null,
                step.setsDeadlines() ? ticket.getSignBy() : null,
                actorId,
                actorName,
                detail,
                now);
        TicketQueries.ProjectFacts project = queries.project(ticket.getProjectId());
        // The audit log keeps codes (states, the answer): it is read as a record, not as a sentence.
        String said = step.result() == null ? detail : step.result() + (detail == null ? "" : " " + detail);
        String summary = (step.from() == null ? "" : step.from() + " → ")
                + step.to()
                + (said == null ? "" : ": " + abbreviate(said));
        events.publishEvent(new TicketStepRecorded(
                actor,
                ticket.getId(),
                step.number(),
                step.action(),
                step.from(),
                step.to(),
                ticket.getProjectId(),
                ticket.getDepartmentId(),
                ticket.getReporterId(),
                project.leadOfficialId(),
                ticket.getTitle(),
                summary,
                ticket.getSignBy(),
                ticket.getFeedbackBy(),
                ticket.getResolveBy(),
                step.reason() == null ? null : abbreviate(step.reason()),
                step.result(),
                step.to() == TicketState.MERGED ? ticket.getMergedIntoId() : null,
                ticket.getSource()));
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
