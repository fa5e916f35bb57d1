package cn.zhuanban.schedule;

import cn.zhuanban.ticket.TicketCardRaised;
import cn.zhuanban.ticket.TicketStepRecorded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Judges a project's light again when one of its tickets is carded or moves (resolved, closed, merged, a card
 * withdrawn): a red ticket makes the project red (domain.md §4), and its light follows at once rather than at the
 * next plan edit or the nightly run. The ids are fixed because the event publication registry stores them.
 */
@Component
class TicketLightRefresh {

    static final String CARD_ID = "schedule.ticket-card-light";
    static final String STEP_ID = "schedule.ticket-step-light";

    private final PlanManagement plans;
    private final PlanLights lights;

    TicketLightRefresh(PlanManagement plans, PlanLights lights) {
        this.plans = plans;
        this.lights = lights;
    }

    @ApplicationModuleListener(id = CARD_ID)
    void on(TicketCardRaised raised) {
        refresh(raised.projectId());
    }

    /**
     * Only steps that can change whether a ticket counts as red: a move to another state (resolved, closed, merged,
     * reopened, suspended …) or a card withdrawn or lowered. Notes, signatures kept in state and recounted deadlines
     * do not, and a calendar change recounts thousands of tickets of a province at once.
     */
    @ApplicationModuleListener(id = STEP_ID)
    void on(TicketStepRecorded step) {
        if (step.fromState() != step.toState() || step.action().startsWith("ticket.card-")) {
            refresh(step.projectId());
        }
    }

    private void refresh(long projectId) {
        if (!plans.refreshLights(projectId)) {
            lights.updateWithoutPlan(projectId);
        }
    }
}
