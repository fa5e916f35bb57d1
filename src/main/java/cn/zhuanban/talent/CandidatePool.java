package cn.zhuanban.talent;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.ChangeSummary;
import cn.zhuanban.shared.ChangedMeanwhile;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.shared.PickList;
import cn.zhuanban.talent.TalentCommands.CandidateForm;
import cn.zhuanban.talent.TalentViews.CandidateView;
import cn.zhuanban.talent.TalentViews.PoolCounts;
import cn.zhuanban.talent.TalentViews.PoolFilter;
import cn.zhuanban.talent.domain.Candidate;
import cn.zhuanban.talent.domain.Candidate.Consent;
import cn.zhuanban.talent.domain.Candidate.Person;
import cn.zhuanban.talent.domain.Candidate.Profile;
import cn.zhuanban.talent.domain.CandidateRepository;
import cn.zhuanban.talent.domain.MatchQueries;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The talent pool (人才库). A candidate enters with the consent to be contacted recorded; names and
 * contact data are shown only to holders of the talent permission; on request a candidate is
 * removed, which erases everything personal and leaves an anonymous row for the counts.
 */
@Service
@Transactional
public class CandidatePool {

    /** Candidates a pick list offers before anyone searches. */
    static final int CHOICES = 50;

    private final CandidateRepository candidates;
    private final MatchQueries queries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CandidatePool(CandidateRepository candidates, MatchQueries queries, ApplicationEventPublisher events, Clock clock) {
        this.candidates = candidates;
        this.queries = queries;
        this.events = events;
        this.clock = clock;
    }

    public long enter(CandidateForm form) {
        Candidate candidate = Candidate.enter(form.source(), consent(form), clock.instant());
        candidate.describe(person(form), profile(form), consent(form), clock.instant());
        candidate = candidates.save(candidate);
        publish(
                "talent.candidate.created",
                candidate.getId(),
                form.source() + " " + form.education() + " consent " + form.consentOn());
        return candidate.getId();
    }

    public void edit(long id, CandidateForm form) {
        Candidate candidate = load(id);
        if (candidate.getVersion() != form.version()) {
            throw new ChangedMeanwhile("candidate", candidate.getVersion());
        }
        Map<String, Object> before = candidate.snapshot();
        candidate.describe(person(form), profile(form), consent(form), clock.instant());
        candidates.save(candidate);
        publish("talent.candidate.updated", id, ChangeSummary.between(before, candidate.snapshot()));
    }

    /** Removal on the candidate's request: nothing personal remains, not even in the audit summary. */
    public void removeOnRequest(long id) {
        Candidate candidate = load(id);
        candidate.removeOnRequest(LocalDate.now(clock), clock.instant());
        candidates.save(candidate);
        publish("talent.candidate.removed", id, "removed on request");
    }

    /** The pool as this user may see it, on screen and in the export alike. */
    @Transactional(readOnly = true)
    public PageResult<CandidateView> pool(CurrentUser user, PoolFilter filter, PageQuery page) {
        return queries.pool(filter, contactVisible(user), page);
    }

    /**
     * A page of the pool to pick a candidate from (the newest first), narrowed by the words the pool list searches by,
     * with the chosen one kept first: left off the page, it would be dropped on saving. A pool grows past any page;
     * the search box beside the pick list reaches the rest.
     */
    @Transactional(readOnly = true)
    public List<CandidateView> choices(CurrentUser user, String q, Long selected) {
        return PickList.keepingChosen(
                pool(user, new PoolFilter(q, null, null), new PageQuery(0, CHOICES))
                        .content(),
                selected,
                CandidateView::id,
                id -> queries.candidate(id, contactVisible(user)));
    }

    @Transactional(readOnly = true)
    public CandidateView candidate(CurrentUser user, long id) {
        return queries.candidate(id, contactVisible(user))
                .orElseThrow(() -> new NotFoundException("talent-candidate", id));
    }

    /**
     * Records that this user downloaded {@code rows} rows of the pool read through {@link #pool}.
     * Called after the rows are written and before the file is sent, in a transaction so that the
     * event publication registry holds the record: no file leaves without its audit record.
     */
    public void recordExport(CurrentUser user, PoolFilter filter, long rows) {
        events.publishEvent(CandidatesExported.of(Actor.current(), filter, contactVisible(user), rows));
    }

    @Transactional(readOnly = true)
    public PoolCounts counts() {
        return queries.counts();
    }

    /** Names and contact data go only to holders of the talent permission; everyone else sees numbers. */
    private static boolean contactVisible(CurrentUser user) {
        return user.can(Permissions.TALENT_CANDIDATE_VIEW);
    }

    private Candidate load(long id) {
        return candidates.findById(id).orElseThrow(() -> new NotFoundException("talent-candidate", id));
    }

    private static Person person(CandidateForm f) {
        return new Person(f.name(), blankToNull(f.phone()), blankToNull(f.email()));
    }

    private static Profile profile(CandidateForm f) {
        return new Profile(
                f.education(),
                f.discipline().trim(),
                f.skills(),
                f.yearsExperience(),
                f.location(),
                f.willingToRelocate());
    }

    private static Consent consent(CandidateForm f) {
        return new Consent(f.consentToContact(), f.consentOn(), f.consentNote());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private void publish(String action, long id, String summary) {
        events.publishEvent(new TalentChanged(Actor.current(), action, "talent-candidate", id, summary));
    }
}
