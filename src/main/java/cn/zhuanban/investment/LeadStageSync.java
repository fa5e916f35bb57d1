package cn.zhuanban.investment;

import cn.zhuanban.investment.domain.Lead;
import cn.zhuanban.investment.domain.LeadRepository;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.ProjectStageChanged;
import cn.zhuanban.shared.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * system. A change that passes 开工 on the way (前期 → 投产, or a project registered in production) dates 开工, and a
 * 注册落地 passed with it, by the day work started ({@link ProjectStageChanged#startedOn()}), not by the day of
 * production, and its note says so; only without that day do they all take the day of the change. The lead never
 * moves back, and a change delivered twice moves nothing the second time.
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
            if (follow(lead, change.projectId(), change.stage(), change.on(), change.startedOn())) {
                leads.save(lead);
            }
        });
    }

    /**
     * Moves the lead after its project's {@code stage}, reached {@code on}, with work started {@code startedOn} (null
     * if not known or not started), and audits the move; true when it moved (the caller saves the lead). Also called
     * by the conversion in its own transaction, so that the lead page it leads to shows the lead already registered
     * rather than the stage before it beside a history that has moved (audit D8).
     */
    boolean follow(Lead lead, long projectId, ProjectStage stage, LocalDate on, LocalDate startedOn) {
        Optional<LeadStage> target = leadStageOf(stage);
        if (target.isEmpty()) {
            return false;
        }
        LeadStage before = lead.getStage();
        // Work can only have started by the day the project reports it; a date after that is not taken.
        LocalDate started = target.get().ordinal() < LeadStage.STARTED.ordinal() || startedOn == null
                ? null
                : startedOn.isBefore(on) ? startedOn : null;
        List<LeadStage> passed = new ArrayList<>();
        for (LeadStage next : LeadStage.PATH) {
            if (next.ordinal() <= lead.getStage().ordinal()
                    || next.ordinal() > target.get().ordinal()) {
                continue;
            }
            boolean byStart = started != null && next.ordinal() <= LeadStage.STARTED.ordinal();
            String note = new ProjectStageNote(projectId, stage, byStart).stored();
            passed.addAll(lead.followProject(next, byStart ? started : on, note, Actor.SYSTEM));
        }
        if (passed.isEmpty()) {
            return false;
        }
        lead.touch(clock.instant());
        events.publishEvent(new LeadChanged(
                new Actor(Actor.SYSTEM, null, clock.instant()),
                "investment.lead.synced",
                lead.getId(),
                before + " → " + lead.getStage() + " on "
                        + lead.dateOf(lead.getStage()).orElseThrow() + ": "
                        + new ProjectStageNote(projectId, stage, false).stored()
                        + (started == null ? "" : ", started " + started)));
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
