package cn.zhuanban.investment;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.investment.domain.Lead;
import cn.zhuanban.investment.domain.LeadQueries;
import cn.zhuanban.investment.domain.LeadRepository;
import cn.zhuanban.investment.domain.LeadScope;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ChangedMeanwhile;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Loads a lead for a change, within the user's data scope for changes ({@link LeadScope#toChange}), and publishes what changed. */
@Component
class LeadAccess {

    private final LeadRepository leads;
    private final LeadQueries queries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LeadAccess(LeadRepository leads, LeadQueries queries, ApplicationEventPublisher events, Clock clock) {
        this.leads = leads;
        this.queries = queries;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The lead to change if the user may change it, checked against the version the user saw: outside their sight
     * "not found"; in sight only as its registrar, refused (403), since whoever is responsible now changes it.
     */
    Lead load(CurrentUser user, long id, Integer version) {
        requireChangeable(user, id);
        return loaded(id, version);
    }

    /** The lead if the user may see it, else "not found": for reading only. */
    Lead read(CurrentUser user, long id) {
        requireVisible(user, id);
        return loaded(id, null);
    }

    void requireChangeable(CurrentUser user, long id) {
        requireVisible(user, id);
        if (!mayChange(user, id)) {
            throw new BusinessException(ErrorCode.LEAD_READ_ONLY, (String) null);
        }
    }

    boolean mayChange(CurrentUser user, long id) {
        return queries.lead(LeadScope.toChange(user), id, LocalDate.now(clock)).isPresent();
    }

    private void requireVisible(CurrentUser user, long id) {
        queries.lead(LeadScope.of(user), id, LocalDate.now(clock))
                .orElseThrow(() -> new NotFoundException("investment-lead", id));
    }

    private Lead loaded(long id, Integer version) {
        Lead lead = leads.findById(id).orElseThrow(() -> new NotFoundException("investment-lead", id));
        if (version != null && lead.getVersion() != version) {
            throw new ChangedMeanwhile("investment lead", lead.getVersion());
        }
        return lead;
    }

    void publish(String action, long id, String summary) {
        events.publishEvent(new LeadChanged(Actor.current(), action, id, summary));
    }
}
