package cn.zhuanban.investment;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.investment.InvestmentCommands.ContractFigures;
import cn.zhuanban.investment.InvestmentCommands.LeadForm;
import cn.zhuanban.investment.InvestmentCommands.StageMove;
import cn.zhuanban.investment.InvestmentViews.BoardColumn;
import cn.zhuanban.investment.InvestmentViews.LeadFilter;
import cn.zhuanban.investment.InvestmentViews.LeadOrigin;
import cn.zhuanban.investment.InvestmentViews.LeadRow;
import cn.zhuanban.investment.InvestmentViews.LeadView;
import cn.zhuanban.investment.InvestmentViews.ProjectOrigin;
import cn.zhuanban.investment.domain.ContractTerms;
import cn.zhuanban.investment.domain.Lead;
import cn.zhuanban.investment.domain.LeadProfile;
import cn.zhuanban.investment.domain.LeadQueries;
import cn.zhuanban.investment.domain.LeadRepository;
import cn.zhuanban.investment.domain.LeadScope;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ChangeSummary;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Investment leads from first contact to production: creation, edits, dated stage moves and contract
 * figures (follow-ups: {@link LeadFollowUps}), all within the user's data scope (a lead outside it is "not found"), and
 * the lineage query {@link #originOf} that the project pages may use.
 */
@Service
@Transactional
public class InvestmentManagement {

    private final LeadRepository leads;
    private final LeadQueries queries;
    private final LeadViews views;
    private final LeadReferences references;
    private final StaleCutoff stale;
    private final UserDirectory users;
    private final LeadAccess access;
    private final ProjectReads projects;
    private final Clock clock;

    InvestmentManagement(
            LeadRepository leads,
            LeadQueries queries,
            LeadViews views,
            LeadReferences references,
            StaleCutoff stale,
            UserDirectory users,
            LeadAccess access,
            ProjectReads projects,
            Clock clock) {
        this.leads = leads;
        this.queries = queries;
        this.views = views;
        this.references = references;
        this.stale = stale;
        this.users = users;
        this.access = access;
        this.projects = projects;
        this.clock = clock;
    }

    public long createLead(CurrentUser user, LeadForm form) {
        LocalDate today = stale.today();
        LocalDate received = form.receivedOn() == null ? today : form.receivedOn();
        if (received.isAfter(today)) {
            // The message names today, the limit: naming the typed date read as if that were today.
            throw BusinessException.invalid("receivedOn", "validation.not-future", today);
        }
        Lead lead = Lead.open(profile(form), received, user.username(), clock.instant());
        lead = leads.save(lead);
        publish("investment.lead.created", lead.getId(), form.channel() + " " + form.targetCompany());
        return lead.getId();
    }

    public void editLead(CurrentUser user, long id, LeadForm form) {
        Lead lead = load(user, id, form.version());
        Map<String, Object> before = lead.getProfile().snapshot();
        lead.describe(profile(form), clock.instant());
        leads.save(lead);
        publish(
                "investment.lead.updated",
                id,
                ChangeSummary.between(before, lead.getProfile().snapshot()));
    }

    public void move(CurrentUser user, long id, StageMove move) {
        Lead lead = load(user, id, move.version());
        LeadStage before = lead.getStage();
        notAheadOfProject(lead, move.target());
        lead.moveTo(move.target(), move.on(), move.note(), user.username(), stale.today());
        lead.touch(clock.instant());
        leads.save(lead);
        publish(
                "investment.lead." + (move.target() == LeadStage.TERMINATED ? "terminated" : "moved"),
                id,
                before + " → " + move.target() + " on " + move.on() + (move.note() == null ? "" : ": " + move.note()));
    }

    public void agree(CurrentUser user, long id, ContractFigures figures) {
        Lead lead = load(user, id, figures.version());
        ContractTerms before = lead.getContract();
        lead.agree(
                new ContractTerms(
                        figures.agreedInvestment(),
                        figures.agreedStartOn(),
                        figures.fundsInPlace(),
                        figures.fixedAssetInvestment()),
                clock.instant());
        leads.save(lead);
        publish(
                "investment.lead.contract",
                id,
                ChangeSummary.between(before.snapshot(), lead.getContract().snapshot()));
    }

    /** Leads' target companies beside ids regardless of scope, for the audit log, which shows the auditor every record anyway. */
    @Transactional(readOnly = true)
    public Map<Long, String> namesOf(Collection<Long> ids) {
        return queries.namesOf(ids);
    }

    @Transactional(readOnly = true)
    public PageResult<LeadRow> leads(CurrentUser user, LeadFilter filter, PageQuery page) {
        return queries.leads(LeadScope.of(user), filter, stale.cutoff(), page);
    }

    @Transactional(readOnly = true)
    public LeadView lead(CurrentUser user, long id) {
        LeadRow row = queries.lead(LeadScope.of(user), id, stale.cutoff())
                .orElseThrow(() -> new NotFoundException("investment-lead", id));
        return views.of(row, leads.findById(id).orElseThrow());
    }

    /**
     * The leads the user works on: as {@link #leads} without those they only registered and handed over, whose sight
     * is read-only (the workbench's to-dos count these; their links open the ledger with {@code working=true}, the
     * same leads).
     */
    @Transactional(readOnly = true)
    public PageResult<LeadRow> leadsToWork(CurrentUser user, LeadFilter filter, PageQuery page) {
        return queries.leads(LeadScope.of(user), filter.toWork(), stale.cutoff(), page);
    }

    /** Whether the user may change the lead (edit, move, follow up, convert), not only read it. */
    @Transactional(readOnly = true)
    public boolean mayChange(CurrentUser user, long id) {
        return user.can(Permissions.INVESTMENT_LEAD_EDIT) && access.mayChange(user, id);
    }

    /** Refuses (403) a change to a lead the user sees only as its registrar; "not found" outside their sight. */
    @Transactional(readOnly = true)
    public void requireChangeable(CurrentUser user, long id) {
        access.requireChangeable(user, id);
    }

    @Transactional(readOnly = true)
    public List<BoardColumn> board(CurrentUser user, LeadFilter filter) {
        return queries.board(LeadScope.of(user), filter, stale.cutoff(), 10);
    }

    /**
     * Per chain node, how many leads in the user's scope work it (not terminated), for the gap list: one grouped query.
     * A node without such leads is absent.
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> leadCountsByNode(CurrentUser user, Collection<Long> nodeIds) {
        return queries.countsByNode(LeadScope.of(user), nodeIds);
    }

    /** Where a key project came from, if it was created from a lead. */
    @Transactional(readOnly = true)
    public Optional<LeadOrigin> originOf(long projectId) {
        return views.originOf(projectId);
    }

    /**
     * The origin as the project page shows it to the user (来源线索, domain.md §7: lineage visible both ways): nothing
     * unless the user sees the project; the lead with its link and details when they may read it, otherwise only its
     * name, so that the project still says where it came from without opening a lead outside their scope.
     */
    @Transactional(readOnly = true)
    public Optional<ProjectOrigin> originOf(CurrentUser user, long projectId) {
        if (!projects.isVisible(projectId, user)) {
            return Optional.empty();
        }
        return views.originOf(projectId)
                .map(o -> queries.lead(LeadScope.of(user), o.leadId(), stale.today())
                                .isPresent()
                        ? new ProjectOrigin(o, true)
                        : new ProjectOrigin(o.nameOnly(), false));
    }

    /**
     * The moves the lead page and the API offer the user: forward up to SIGNED, and termination. Once the lead is a
     * key project, 注册落地, 开工 and 投产 follow the project's stage with its actual dates ({@link LeadStageSync}), as
     * the page says, so the form offers only termination (audit D8); the service still takes a hand move no further
     * than the project ({@link #notAheadOfProject}), for the API.
     */
    @Transactional(readOnly = true)
    public List<LeadStage> movesByHand(CurrentUser user, LeadView lead) {
        // Only moves the user may make: a reader, or the registrar of a lead handed over (403 LEAD_READ_ONLY on a
        // move), is offered none rather than a list every entry of which is refused.
        if (!mayChange(user, lead.id())) {
            return List.of();
        }
        boolean converted = lead.row().projectId() != null;
        return lead.stage().nextMoves().stream()
                .filter(target -> target == LeadStage.TERMINATED || (!converted && target.isPipeline()))
                .toList();
    }

    /**
     * A converted lead follows its key project ({@link LeadStageSync}); by hand it may record a stage earlier than the
     * sync would (a registration's real date), but not one the project has not reached: a lead "in production" beside
     * a project under construction would count in the wrong cohort. An unconverted lead is refused by the lead itself.
     */
    private void notAheadOfProject(Lead lead, LeadStage target) {
        if (lead.getProjectId() == null || target == LeadStage.TERMINATED || target.isPipeline()) {
            return;
        }
        projects.summary(lead.getProjectId()).ifPresent(project -> {
            LeadStage reached = reachedBy(project.stage());
            if (target.ordinal() > reached.ordinal()) {
                throw new BusinessException(
                        ErrorCode.LEAD_AHEAD_OF_PROJECT,
                        "target",
                        project.name(),
                        new DefaultMessageSourceResolvable(
                                new String[] {"project.stage." + project.stage()},
                                project.stage().name()),
                        reached.label());
            }
        });
    }

    /** The lead stage a key project's stage stands for (SIGNED while only planned); empty without a project. */
    private static LeadStage reachedBy(ProjectStage stage) {
        return LeadStageSync.leadStageOf(stage).orElse(LeadStage.SIGNED);
    }

    private Lead load(CurrentUser user, long id, Integer version) {
        return access.load(user, id, version);
    }

    private LeadProfile profile(LeadForm f) {
        references.check(f);
        // An owner without a department (a lead official) still owns the lead; only their own scope sees it then.
        Long department = users.find(f.ownerId())
                .orElseThrow(() -> new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "ownerId", f.ownerId()))
                .departmentId();
        return new LeadProfile(
                f.targetCompany(),
                f.channel(),
                f.partnerId(),
                f.referrerId(),
                f.chainNodeId(),
                f.industry(),
                f.expectedInvestment(),
                f.expectedJobs(),
                f.ownerId(),
                department,
                f.nextAction(),
                f.nextActionOn(),
                f.description());
    }

    private void publish(String action, long id, String summary) {
        access.publish(action, id, summary);
    }
}
