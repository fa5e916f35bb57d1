package cn.zhuanban.investment;

import cn.zhuanban.investment.InvestmentCommands.PartnerForm;
import cn.zhuanban.investment.InvestmentCommands.ReferrerForm;
import cn.zhuanban.investment.InvestmentViews.PartnerView;
import cn.zhuanban.investment.InvestmentViews.ReferrerView;
import cn.zhuanban.investment.domain.Partner;
import cn.zhuanban.investment.domain.PartnerRepository;
import cn.zhuanban.investment.domain.Referrer;
import cn.zhuanban.investment.domain.ReferrerRepository;
import cn.zhuanban.investment.domain.RegistryQueries;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ChangeSummary;
import cn.zhuanban.shared.ChangedMeanwhile;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner organisations, registered referrers and the rules: reward tiers with their cap and the
 * number of working days after which a lead without follow-up is flagged. All of it is data.
 */
@Service
@Transactional
public class InvestmentRegistry {

    private final PartnerRepository partners;
    private final ReferrerRepository referrers;
    private final RegistryQueries queries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InvestmentRegistry(
            PartnerRepository partners,
            ReferrerRepository referrers,
            RegistryQueries queries,
            ApplicationEventPublisher events,
            Clock clock) {
        this.partners = partners;
        this.referrers = referrers;
        this.queries = queries;
        this.events = events;
        this.clock = clock;
    }

    public long createPartner(PartnerForm form) {
        Partner partner = Partner.create(clock.instant());
        partner.describe(form.name(), form.kind(), form.contactName(), form.contactPhone(), form.note());
        partner = partners.save(partner);
        publish("investment.partner.created", "investment-partner", partner.getId(), form.kind() + " " + form.name());
        return partner.getId();
    }

    public void editPartner(long id, PartnerForm form) {
        Partner partner = partners.findById(id).orElseThrow(() -> new NotFoundException("investment-partner", id));
        checkVersion(partner.getVersion(), form.version());
        Map<String, Object> before = partner.snapshot();
        partner.describe(form.name(), form.kind(), form.contactName(), form.contactPhone(), form.note());
        partners.save(partner);
        publish(
                "investment.partner.updated",
                "investment-partner",
                id,
                ChangeSummary.between(before, partner.snapshot()));
    }

    /** Registers a referrer; the date may lie in the past (paper registrations) but not in the future. */
    public long registerReferrer(ReferrerForm form) {
        LocalDate today = LocalDate.now(clock);
        if (form.registeredOn().isAfter(today)) {
            throw BusinessException.invalid("registeredOn", "validation.not-future", today);
        }
        Referrer referrer = Referrer.register(form.registeredOn(), clock.instant());
        referrer.describe(form.name(), form.organisation(), form.phone(), form.note());
        referrer = referrers.save(referrer);
        publish(
                "investment.referrer.registered",
                "investment-referrer",
                referrer.getId(),
                form.name() + " registered " + form.registeredOn());
        return referrer.getId();
    }

    public void editReferrer(long id, ReferrerForm form) {
        Referrer referrer = referrers.findById(id).orElseThrow(() -> new NotFoundException("investment-referrer", id));
        checkVersion(referrer.getVersion(), form.version());
        Map<String, Object> before = referrer.snapshot();
        referrer.describe(form.name(), form.organisation(), form.phone(), form.note());
        referrers.save(referrer);
        publish(
                "investment.referrer.updated",
                "investment-referrer",
                id,
                ChangeSummary.between(before, referrer.snapshot()));
    }

    /**
     * Saves the rules as the user saw them at {@code version}; a save by someone else since then refuses this one
     * ({@link ChangedMeanwhile}), so that an older form cannot silently overwrite it.
     */
    public void saveRules(RewardRule rule, int staleWorkingDays, int version) {
        if (staleWorkingDays < 1 || staleWorkingDays > 250) {
            throw BusinessException.invalid("staleWorkingDays", "validation.range", 1, 250);
        }
        Map<String, Object> before = RulesSnapshot.snapshot(queries.rewardRule(), queries.staleWorkingDays());
        if (!queries.saveRules(rule, staleWorkingDays, version)) {
            throw new ChangedMeanwhile("investment rules", queries.rulesVersion());
        }
        publish(
                "investment.rules.updated",
                "investment-setting",
                1,
                ChangeSummary.between(before, RulesSnapshot.snapshot(rule, staleWorkingDays)));
    }

    @Transactional(readOnly = true)
    public int rulesVersion() {
        return queries.rulesVersion();
    }

    /** Partners' names beside ids, for the audit log, which shows the auditor every record anyway. */
    @Transactional(readOnly = true)
    public Map<Long, String> partnerNamesOf(Collection<Long> ids) {
        return queries.partnerNamesOf(ids);
    }

    /** Referrers' names beside ids, for the audit log, which shows the auditor every record anyway. */
    @Transactional(readOnly = true)
    public Map<Long, String> referrerNamesOf(Collection<Long> ids) {
        return queries.referrerNamesOf(ids);
    }

    @Transactional(readOnly = true)
    public PageResult<PartnerView> partners(PageQuery page) {
        return partners(null, page);
    }

    /** The partners whose name or contact person contains the words, for the list's search box and its file. */
    @Transactional(readOnly = true)
    public PageResult<PartnerView> partners(String q, PageQuery page) {
        return queries.partners(q, page);
    }

    @Transactional(readOnly = true)
    public Optional<PartnerView> partner(long id) {
        return queries.partner(id);
    }

    @Transactional(readOnly = true)
    public Optional<ReferrerView> referrer(long id) {
        return queries.referrer(id);
    }

    @Transactional(readOnly = true)
    public PageResult<ReferrerView> referrers(PageQuery page) {
        return referrers(null, page);
    }

    /** The referrers whose name or organisation contains the words, for the list's search box and its file. */
    @Transactional(readOnly = true)
    public PageResult<ReferrerView> referrers(String q, PageQuery page) {
        return queries.referrers(q, page);
    }

    @Transactional(readOnly = true)
    public RewardRule rewardRule() {
        return queries.rewardRule();
    }

    @Transactional(readOnly = true)
    public int staleWorkingDays() {
        return queries.staleWorkingDays();
    }

    private static void checkVersion(int actual, int expected) {
        if (actual != expected) {
            throw new ChangedMeanwhile("partner or referrer", actual);
        }
    }

    private void publish(String action, String type, long id, String summary) {
        events.publishEvent(new InvestmentRegistryChanged(Actor.current(), action, type, id, summary));
    }
}
