package cn.zhuanban.investment;

import cn.zhuanban.investment.domain.Lead;
import cn.zhuanban.investment.domain.LeadRepository;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.ProjectStageChanged;
import cn.zhuanban.shared.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * After signing, a lead's stages follow its key project (domain.md §7): a project in pre-construction
 * means the investor has registered locally (REGISTERED), under construction or completed means
 * STARTED, in production means IN_PRODUCTION. Each stage passed is dated with the day the project
 * changed, so the quarterly cohorts count it in the right quarter, and audited as done by the
 * system. The lead never moves back, and a change delivered twice moves nothing the second time.
 */
@Component
class LeadStageSync {

    private final LeadRepository leads;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LeadStageSync(LeadRepository leads, ApplicationEventPublisher events, Clock clock) {
        this.leads = leads;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ProjectStageChanged change) {
        leads.findByProjectId(change.projectId()).ifPresent(lead -> {
            if (follow(lead, change.projectId(), change.stage(), change.on())) {
                leads.save(lead);
            }
        });
    }

    /**
     * Moves the lead after its project's {@code stage}, dated {@code on}, and audits the move; true when it moved (the
     * caller saves the lead). Also called by the conversion in its own transaction, so that the lead page it leads to
     * shows the lead already registered rather than the stage before it beside a history that has moved (audit D8).
     */
    boolean follow(Lead lead, long projectId, ProjectStage stage, LocalDate on) {
        Optional<LeadStage> target = leadStageOf(stage);
        if (target.isEmpty()) {
            return false;
        }
        LeadStage before = lead.getStage();
        String note = new ProjectStageNote(projectId, stage).stored();
        List<LeadStage> passed = lead.followProject(target.get(), on, note, Actor.SYSTEM);
        if (passed.isEmpty()) {
            return false;
        }
        lead.touch(clock.instant());
        events.publishEvent(new LeadChanged(
                new Actor(Actor.SYSTEM, null, clock.instant()),
                "investment.lead.synced",
                lead.getId(),
                before + " → " + lead.getStage() + " on "
                        + lead.dateOf(lead.getStage()).orElseThrow() + ": " + note));
        return true;
    }

    static Optional<LeadStage> leadStageOf(ProjectStage stage) {
        return Optional.ofNullable(
                switch (stage) {
                    case PLANNED -> null;
                    case PRE_CONSTRUCTION -> LeadStage.REGISTERED;
                    case UNDER_CONSTRUCTION, COMPLETED -> LeadStage.STARTED;
                    case IN_PRODUCTION -> LeadStage.IN_PRODUCTION;
                });
    }
}
