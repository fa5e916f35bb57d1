package cn.zhuanban.audit.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The codes the events write into summaries, declared by the entity type whose records carry them: for each type the
 * message-key prefixes that label its enum codes ({@code RED} of a project reads {@code light.RED}), tried in order.
 * Field names are labelled {@code audit.field.<name>}, a few fixed words {@code audit.word.<word>}. A test gives every
 * value of every enum an event writes to its type here, so that a new value without a label fails the build.
 */
final class SummaryVocabulary {

    /** Prefixes tried for a code of any type, after the type's own. */
    static final List<String> ANY_TYPE = List.of("meeting.weekday.");

    static final Map<String, List<String>> BY_ENTITY_TYPE = Map.ofEntries(
            Map.entry("project", List.of("light.", "project.stage.", "project.level.")),
            Map.entry("ledger", List.of("light.", "project.stage.", "project.level.")),
            Map.entry(
                    "ticket",
                    List.of(
                            "ticket.state.",
                            "ticket.outcome.",
                            "ticket.rating.",
                            "ticket.extension-decision.",
                            "ticket.card.",
                            "ticket.deadline.",
                            "ticket.escalation.",
                            "ticket.category.",
                            "ticket.severity.")),
            Map.entry("ticket-sla-rule", List.of("ticket.category.", "ticket.severity.")),
            Map.entry("service-evaluation", List.of("evaluation.rating.")),
            Map.entry("contact", List.of("contact.channel.")),
            Map.entry("meeting", List.of("meeting.status.")),
            Map.entry("meeting-action", List.of("meeting.action.state.")),
            Map.entry("investment-lead", List.of("attraction.stage.", "attraction.channel.", "attraction.follow-up.")),
            Map.entry("investment-partner", List.of("attraction.partner-kind.")),
            Map.entry("investment_report", List.of("investment.status.")),
            Map.entry(
                    "talent-demand",
                    List.of("talent.step.", "talent.education.", "talent.urgency.", "talent.demand-status.")),
            Map.entry(
                    "talent-candidate",
                    List.of("talent.step.", "talent.education.", "talent.source.", "talent.service-kind.")),
            Map.entry("recruitment-event", List.of("talent.event-kind.")),
            Map.entry("talent-service", List.of("talent.service-kind.")),
            Map.entry("chain-node", List.of("industry.status.", "industry.segment.")),
            Map.entry("enterprise-plan", List.of("enterpriseplan.progress.", "enterpriseplan.status.")),
            Map.entry("service-item", List.of("checklist.status.", "checklist.kind.")),
            Map.entry("user", List.of("scope.")),
            Map.entry("role", List.of("scope.", "duty.")));

    /**
     * Fields whose value is text a person typed: left exactly as written, even where it holds a word that looks like
     * a code, unless the whole value is one ({@code null}, a code).
     */
    static final Set<String> FREE_TEXT = Set.of(
            "name",
            "comment",
            "contactPerson",
            "followUp",
            "situation",
            "needs",
            "policies",
            "expectedResults",
            "changeNote",
            "title",
            "content",
            "location",
            "address",
            "legalRepresentative",
            "contactName",
            "overTotalExplanation",
            "description",
            "note",
            "statusNote",
            "nextAction",
            "targetCompany",
            "organisation",
            "industry",
            "position",
            "discipline",
            "skills",
            "place",
            "consentNote",
            "minutes");

    /**
     * The prefixes tried for a code of this type. An export's record ({@code ledger}) lists the filters of whatever
     * ledger was exported (a ticket's state, a demand's education), so it tries every type's after its own.
     */
    static List<String> prefixes(String entityType) {
        List<String> own = BY_ENTITY_TYPE.getOrDefault(entityType, List.of());
        if (!"ledger".equals(entityType)) {
            return own;
        }
        Set<String> all = new LinkedHashSet<>(own);
        BY_ENTITY_TYPE.keySet().stream().sorted().forEach(type -> all.addAll(BY_ENTITY_TYPE.get(type)));
        return List.copyOf(all);
    }

    private SummaryVocabulary() {}
}
