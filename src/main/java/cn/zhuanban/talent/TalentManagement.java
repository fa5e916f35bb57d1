package cn.zhuanban.talent;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ChangeSummary;
import cn.zhuanban.shared.ChangedMeanwhile;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.talent.TalentCommands.DemandForm;
import cn.zhuanban.talent.TalentCommands.MatchStepForm;
import cn.zhuanban.talent.TalentViews.DemandFilter;
import cn.zhuanban.talent.TalentViews.DemandView;
import cn.zhuanban.talent.TalentViews.MatchView;
import cn.zhuanban.talent.domain.CandidateRepository;
import cn.zhuanban.talent.domain.Demand;
import cn.zhuanban.talent.domain.DemandQueries;
import cn.zhuanban.talent.domain.DemandRepository;
import cn.zhuanban.talent.domain.MatchQueries;
import cn.zhuanban.talent.domain.TalentMatch;
import cn.zhuanban.talent.domain.TalentMatchRepository;
import cn.zhuanban.talent.domain.TalentScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Talent demands of enterprises and projects and the work of filling them: ranked matches with
 * their score parts, and the contact, interview and hire steps staff record. Demands follow the
 * project scope ({@link TalentScope}): an enterprise contact sees and enters only his own enterprise's
 * demands, a lead official, a task force or a department those of the projects in its scope, the
 * whole district and the offices that recruit all of them; any other is "not found", as a project is.
 */
@Service
@Transactional
public class TalentManagement {

    private final DemandRepository demands;
    private final CandidateRepository candidates;
    private final TalentMatchRepository matches;
    private final DemandQueries demandQueries;
    private final MatchQueries matchQueries;
    private final DemandReferences references;
    private final DemandScopes scopes;
    private final ChosenDates chosenDates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TalentManagement(
            DemandRepository demands,
            CandidateRepository candidates,
            TalentMatchRepository matches,
            DemandQueries demandQueries,
            MatchQueries matchQueries,
            DemandReferences references,
            DemandScopes scopes,
            ChosenDates chosenDates,
            ApplicationEventPublisher events,
            Clock clock) {
        this.demands = demands;
        this.candidates = candidates;
        this.matches = matches;
        this.demandQueries = demandQueries;
        this.matchQueries = matchQueries;
        this.references = references;
        this.scopes = scopes;
        this.chosenDates = chosenDates;
        this.events = events;
        this.clock = clock;
    }

    /** Refuses a 到岗时间 gone by ({@link ChosenDates#checkNeededBy}), on every path: page, API, demo. */
    public long createDemand(CurrentUser user, DemandForm form) {
        chosenDates.checkNeededBy(form, null);
        long enterpriseId = enterpriseFor(user, form.enterpriseId());
        requireProject(user, form.projectId());
        references.check(user, enterpriseId, form.projectId());
        Demand demand = Demand.create(enterpriseId, user.id(), clock.instant());
        demand.describe(form.projectId(), requirement(form), clock.instant());
        demand = demands.save(demand);
        publish("talent.demand.created", "talent-demand", demand.getId(), summary(demand));
        return demand.getId();
    }

    /**
     * A demand given another 到岗时间 while open needs its people today or later; one whose date has passed keeps it
     * when edited without changing it (the date it was needed by is history, and correcting its position or salary
     * must not force a new date), and a closed demand is only recorded ({@link ChosenDates#checkNeededBy}).
     */
    public void editDemand(CurrentUser user, long id, DemandForm form) {
        chosenDates.checkNeededBy(form, demand(user, id));
        Demand demand = demands.findById(id).orElseThrow(() -> new NotFoundException("talent-demand", id));
        checkVersion(demand.getVersion(), form.version());
        requireProject(user, form.projectId());
        references.check(user, demand.getEnterpriseId(), form.projectId());
        Map<String, Object> before = demand.snapshot();
        demand.describe(form.projectId(), requirement(form), clock.instant());
        demands.save(demand);
        publish("talent.demand.updated", "talent-demand", id, ChangeSummary.between(before, demand.snapshot()));
    }

    public void setDemandStatus(CurrentUser user, long id, DemandStatus status) {
        demand(user, id);
        Demand demand = demands.findById(id).orElseThrow(() -> new NotFoundException("talent-demand", id));
        DemandStatus before = demand.getStatus();
        demand.setStatus(status, clock.instant());
        demands.save(demand);
        publish("talent.demand.status", "talent-demand", id, before + " → " + status);
    }

    /**
     * Records contact (only with consent), interview, hire or decline of a candidate for a demand, on a day that has
     * come (the page sends today; a later day is refused, as is one before the step recorded last).
     */
    public void recordStep(CurrentUser user, long demandId, long candidateId, MatchStepForm form) {
        DemandView demand = demand(user, demandId);
        if (form.on() != null && form.on().isAfter(LocalDate.now(clock))) {
            throw BusinessException.invalid("on", "talent.error.step-future", form.on());
        }
        candidates
                .findById(candidateId)
                .orElseThrow(() -> new NotFoundException("talent-candidate", candidateId))
                .checkContactable();
        TalentMatch match = matches.findByDemandIdAndCandidateId(demandId, candidateId)
                .orElseGet(() -> TalentMatch.start(
                        demandId,
                        candidateId,
                        matchQueries.score(demand, candidateId).orElse(0)));
        match.record(form.step(), form.on(), form.note(), clock.instant());
        matches.save(match);
        publish(
                "talent.match." + form.step().name().toLowerCase(),
                "talent-demand",
                demandId,
                "candidate #" + candidateId + " " + form.step() + " " + form.on());
    }

    /** Demands' positions beside ids regardless of scope, for the audit log, which shows the auditor every record anyway. */
    @Transactional(readOnly = true)
    public Map<Long, String> demandNamesOf(Collection<Long> ids) {
        return demandQueries.namesOf(ids);
    }

    @Transactional(readOnly = true)
    public PageResult<DemandView> demands(CurrentUser user, DemandFilter filter, PageQuery page) {
        return demandQueries.demands(scopes.of(user), filter, page);
    }

    @Transactional(readOnly = true)
    public DemandView demand(CurrentUser user, long id) {
        return demandQueries.demand(scopes.of(user), id).orElseThrow(() -> new NotFoundException("talent-demand", id));
    }

    /**
     * The demands with these ids the user may see, in the order asked; unknown ones and others' are left out (what a
     * form shows again of the demands a request names, whatever it names).
     */
    @Transactional(readOnly = true)
    public List<DemandView> demandsOf(CurrentUser user, Collection<Long> ids) {
        List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        Map<Long, DemandView> found = new HashMap<>();
        demandQueries.demandsIn(scopes.of(user), wanted).forEach(d -> found.put(d.id(), d));
        return wanted.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** Candidates ranked for a demand; names and contact data only for holders of the talent permission. */
    @Transactional(readOnly = true)
    public PageResult<MatchView> matches(CurrentUser user, long demandId, PageQuery page) {
        return matchQueries.matches(demand(user, demandId), user.can(Permissions.TALENT_CANDIDATE_VIEW), page);
    }

    private long enterpriseFor(CurrentUser user, Long requested) {
        if (scopes.of(user).isEnterprise() && requested != null && !requested.equals(user.enterpriseId())) {
            // An enterprise's people enter their own enterprise's demands: another one named is refused, not replaced
            // silently by theirs (the API takes enterpriseId as sent).
            throw new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "enterpriseId", requested);
        }
        Long enterpriseId = scopes.of(user).isEnterprise() ? user.enterpriseId() : requested;
        if (enterpriseId == null) {
            throw BusinessException.invalid("enterpriseId", "validation.required");
        }
        return enterpriseId;
    }

    /**
     * A lead official, a task-force member or a department handler sees the demands of his projects only, so a demand
     * he records without one would vanish from his sight on saving: it must name one of his projects.
     */
    private void requireProject(CurrentUser user, Long projectId) {
        if (projectId == null && scopes.of(user).needsProject()) {
            throw BusinessException.invalid("projectId", "talent.demand.project-required");
        }
    }

    private static Demand.Requirement requirement(DemandForm f) {
        if (f.salaryMin() != null && f.salaryMax() != null && f.salaryMin() > f.salaryMax()) {
            throw new BusinessException(ErrorCode.TALENT_SALARY_RANGE, "salaryMax");
        }
        return new Demand.Requirement(
                f.position(),
                f.headcount(),
                f.education(),
                f.discipline().trim(),
                f.minYears(),
                f.salaryMin(),
                f.salaryMax(),
                f.urgency(),
                f.neededBy(),
                f.location(),
                f.note());
    }

    private static String summary(Demand d) {
        Demand.Requirement r = d.getRequirement();
        return "enterprise " + d.getEnterpriseId() + " project " + d.getProjectId() + ": " + r.position() + " ×"
                + r.headcount() + " " + r.education() + " " + r.discipline();
    }

    /** The version the user saw, if they say (the API may leave it out); a change meanwhile refuses the edit. */
    private static void checkVersion(int actual, Integer expected) {
        if (expected != null && actual != expected) {
            throw new ChangedMeanwhile("talent demand", actual);
        }
    }

    private void publish(String action, String type, long id, String summary) {
        events.publishEvent(new TalentChanged(Actor.current(), action, type, id, summary));
    }
}
