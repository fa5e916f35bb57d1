package cn.zhuanban.investment;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.investment.domain.Lead;
import cn.zhuanban.investment.domain.LeadQueries;
import cn.zhuanban.investment.domain.LeadRepository;
import cn.zhuanban.investment.domain.LeadScope;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.ChangedMeanwhile;
import cn.zhuanban.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Loads a lead for a change, within the user's data scope, and publishes what changed. */
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

    /** The lead if the user may see it (else "not found"), checked against the version the user saw. */
    Lead load(CurrentUser user, long id, Integer version) {
        queries.lead(LeadScope.of(user), id, LocalDate.now(clock))
                .orElseThrow(() -> new NotFoundException("investment-lead", id));
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
