package cn.zhuanban.ticket;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.ticket.domain.SlaRules;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SLA rules the dispatch office keeps: time limits by category and severity. A change applies
 * to assignments made after it; deadlines already set stay as they were promised.
 */
@Service
@Transactional
public class SlaRuleManagement {

    private final SlaRules rules;
    private final ApplicationEventPublisher events;

    SlaRuleManagement(SlaRules rules, ApplicationEventPublisher events) {
        this.rules = rules;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<SlaRule> all() {
        return rules.all();
    }

    public long save(SlaRule rule) {
        rules.all().stream()
                .filter(r -> r.category() == rule.category() && r.severity() == rule.severity())
                .filter(r -> !r.id().equals(rule.id()))
                .findAny()
                .ifPresent(r -> {
                    throw new BusinessException(ErrorCode.DUPLICATE, "category", "SLA", r.summary());
                });
        String before = rule.id() == null
                ? ""
                : rules.find(rule.id()).map(r -> r.summary() + " → ").orElse("");
        long id = rule.id() == null ? rules.insert(rule) : rules.update(rule);
        events.publishEvent(new SlaRuleSaved(Actor.current(), id, before + rule.summary()));
        return id;
    }
}
