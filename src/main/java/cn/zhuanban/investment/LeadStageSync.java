package cn.zhuanban.investment;

import cn.zhuanban.investment.domain.Lead;
import cn.zhuanban.investment.domain.LeadRepository;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.ProjectStageChanged;
import cn.zhuanban.shared.Actor;
import java.time.Clock;
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
        Optional<LeadStage> target = leadStageOf(change.stage());
        Optional<Lead> found = leads.findByProjectId(change.projectId());
        if (target.isEmpty() || found.isEmpty()) {
            return;
        }
        Lead lead = found.get();
        LeadStage before = lead.getStage();
        String note = new ProjectStageNote(change.projectId(), change.stage()).stored();
        List<LeadStage> passed = lead.followProject(target.get(), change.on(), note, Actor.SYSTEM);
        if (passed.isEmpty()) {
            return;
        }
        lead.touch(clock.instant());
        leads.save(lead);
        events.publishEvent(new LeadChanged(
                new Actor(Actor.SYSTEM, null, clock.instant()),
                "investment.lead.synced",
                lead.getId(),
                before + " → " + lead.getStage() + " on "
                        + lead.dateOf(lead.getStage()).orElseThrow() + ": " + note));
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
