package cn.zhuanban.investment;

import cn.zhuanban.investment.InvestmentViews.LeadOrigin;
import cn.zhuanban.investment.InvestmentViews.LeadRow;
import cn.zhuanban.investment.InvestmentViews.LeadView;
import cn.zhuanban.investment.InvestmentViews.StageMoveView;
import cn.zhuanban.investment.domain.ContractTerms;
import cn.zhuanban.investment.domain.Lead;
import cn.zhuanban.investment.domain.LeadProfile;
import cn.zhuanban.investment.domain.LeadReportQueries;
import cn.zhuanban.investment.domain.ReferralPolicy;
import cn.zhuanban.investment.domain.Referrer;
import cn.zhuanban.investment.domain.ReferrerRepository;
import cn.zhuanban.investment.domain.RegistryQueries;
import cn.zhuanban.investment.domain.StageMoveRecord;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectSummary;
import cn.zhuanban.shared.Actor;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Builds the lead detail: the aggregate's history and contract figures, and the referral verdict. */
@Component
class LeadViews {

    private final ReferrerRepository referrers;
    private final RegistryQueries registry;
    private final LeadReportQueries reports;
    private final ProjectReads projects;
    private final MessageSource messages;

    LeadViews(
            ReferrerRepository referrers,
            RegistryQueries registry,
            LeadReportQueries reports,
            ProjectReads projects,
            MessageSource messages) {
        this.referrers = referrers;
        this.registry = registry;
        this.reports = reports;
        this.projects = projects;
        this.messages = messages;
    }

    LeadView of(LeadRow row, Lead lead) {
        LeadProfile p = lead.getProfile();
        ContractTerms c = lead.getContract();
        return new LeadView(
                row.id(),
                row,
                p.partnerId(),
                p.referrerId(),
                p.industry(),
                p.departmentId(),
                p.description(),
                c.agreedInvestment(),
                c.agreedStartOn(),
                c.fundsInPlace(),
                c.fixedAssetInvestment(),
                lead.getTerminationReason(),
                lead.getEnterpriseId(),
                lead.getCreatedOn(),
                lead.history().stream()
                        .map(m -> new StageMoveView(m.stage(), m.movedOn(), m.movedBy(), note(m)))
                        .toList(),
                referral(lead),
                lead.getVersion());
    }

    /** A move the lead made with its key project reads 随重点项目“…”进入…阶段; other notes are the mover's words. */
    private String note(StageMoveRecord move) {
        if (!Actor.SYSTEM.equals(move.movedBy())) {
            return move.note();
        }
        return ProjectStageNote.parse(move.note())
                .map(n -> {
                    var locale = LocaleContextHolder.getLocale();
                    String project = projects.summary(n.projectId())
                            .map(ProjectSummary::name)
                            .orElseGet(() -> String.valueOf(n.projectId()));
                    String stage = messages.getMessage("project.stage." + n.stage(), null, locale);
                    String key = n.byStart() ? "attraction.lead.synced-note-started" : "attraction.lead.synced-note";
                    return messages.getMessage(key, new Object[] {project, stage}, locale);
                })
                .orElse(move.note());
    }

    Referral referral(Lead lead) {
        LocalDate registeredOn = Optional.ofNullable(lead.getProfile().referrerId())
                .flatMap(referrers::findById)
                .map(Referrer::getRegisteredOn)
                .orElse(null);
        // A terminated lead's signing stays in its history: the referral was judged on it (not "not signed"). One
        // terminated unsigned is told apart from one still under way: its referral will never be judged.
        return ReferralPolicy.assess(
                registeredOn,
                lead.dateOf(LeadStage.SIGNED).orElse(null),
                lead.getStage() == LeadStage.TERMINATED,
                lead.getContract().fixedAssetInvestment(),
                registry.rewardRule());
    }

    Optional<LeadOrigin> originOf(long projectId) {
        return reports.originOf(projectId);
    }
}
