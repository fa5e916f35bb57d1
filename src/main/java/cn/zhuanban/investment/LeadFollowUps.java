package cn.zhuanban.investment;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.investment.InvestmentCommands.FollowUpForm;
import cn.zhuanban.investment.InvestmentViews.FollowUpView;
import cn.zhuanban.investment.domain.Lead;
import cn.zhuanban.investment.domain.LeadRepository;
import cn.zhuanban.investment.domain.RegistryQueries;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-ups of a lead (visits, calls, talks): each one dates the lead's last activity, which keeps
 * it off the stale list, and may set the next action. Within the user's data scope.
 */
@Service
@Transactional
public class LeadFollowUps {

    private final LeadRepository leads;
    private final RegistryQueries registry;
    private final LeadAccess access;
    private final Clock clock;

    LeadFollowUps(LeadRepository leads, RegistryQueries registry, LeadAccess access, Clock clock) {
        this.leads = leads;
        this.registry = registry;
        this.access = access;
        this.clock = clock;
    }

    public void followUp(CurrentUser user, long id, FollowUpForm form) {
        Lead lead = access.load(user, id, null);
        LocalDate today = LocalDate.now(clock);
        if (form.happenedOn().isAfter(today)) {
            // Same refusal as a lead's receivedOn: a future follow-up would keep the lead off the stale list.
            throw BusinessException.invalid("happenedOn", "validation.not-future", today);
        }
        registry.addFollowUp(
                id,
                new FollowUpView(0, form.kind(), form.happenedOn(), form.summary(), user.id()),
                Timestamp.from(clock.instant()));
        lead.followedUpOn(form.happenedOn());
        if (form.nextAction() != null && !form.nextAction().isBlank()) {
            lead.describe(lead.getProfile().withNextAction(form.nextAction(), form.nextActionOn()), clock.instant());
        }
        lead.touch(clock.instant());
        leads.save(lead);
        access.publish("investment.lead.followed-up", id, form.kind() + " " + form.happenedOn());
    }

    /** A lead's follow-ups, newest first; not found outside the user's scope. */
    @Transactional(readOnly = true)
    public PageResult<FollowUpView> followUps(CurrentUser user, long id, PageQuery page) {
        access.read(user, id);
        return registry.followUps(id, page);
    }
}
