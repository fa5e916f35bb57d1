package cn.zhuanban.audit.web;

import cn.zhuanban.shared.web.Paging;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;

/**
 * The record of an export ({@code ledger}) read as the exported list's page shows it: the ledger by its name
 * ({@code audit.ledger.<path>}: {@code /tickets/export} reads 工单台账) and each filter with the page's own label and
 * value ({@code card: RED} of the tickets reads 督办牌：红牌, {@code working: true} of the leads 只看我经办的线索). A
 * parameter means what its ledger makes of it, so the labels are declared per ledger; a filter a ledger does not
 * declare reads as any summary's field ({@code audit.field.<name>}), and every filter an export takes reads as one or
 * the other (ExportSummaryReadingTests). Empty filters and the paging parameters, which old records list, are left
 * out: they filter nothing.
 */
final class LedgerFilters {

    /**
     * A filter as its page labels it: the label's key (null for a filter whose values read alone, as the page's tabs
     * show them), and the prefix of its values' keys or the key of each value; a {@code named} filter's value is an id,
     * read as the thing's name as any summary's field names it.
     */
    record Filter(String label, String prefix, Map<String, String> values, boolean flag, boolean named) {

        static Filter coded(String label, String prefix) {
            return new Filter(label, prefix, Map.of(), false, false);
        }

        /** A checkbox that reads as its label alone when ticked ({@code 只看我经办的线索}). */
        static Filter flag(String label) {
            return new Filter(label, null, Map.of(), true, false);
        }

        static Filter choice(String label, Map<String, String> values) {
            return new Filter(label, null, values, false, false);
        }

        /** A tab or toggle of the page, read by its words alone ({@code dimension: PROJECT} reads 按项目). */
        static Filter alone(String prefix, Map<String, String> values) {
            return new Filter(null, prefix, values, false, false);
        }

        /** An id's filter ({@code chainId: 5}) labelled as on the page, its value by the thing's name. */
        static Filter named(String label) {
            return new Filter(label, null, Map.of(), false, true);
        }
    }

    /** The filters of each ledger, by the key of its name ({@link #nameKey}). */
    static final Map<String, Map<String, Filter>> BY_LEDGER = Map.ofEntries(
            Map.entry(
                    "audit.ledger.tickets.export",
                    Map.of(
                            "state", Filter.coded("ticket.state", "ticket.state."),
                            "category", Filter.coded("ticket.category", "ticket.category."),
                            "card", Filter.coded("ticket.card", "ticket.card."),
                            "source", Filter.coded("ticket.source", "ticket.source."),
                            "outcome", Filter.coded("ticket.outcome", "ticket.outcome."),
                            "todo", Filter.coded("audit.field.todo", "ticket.todo."),
                            "open", Filter.flag("ticket.filter.open"))),
            Map.entry(
                    "audit.ledger.service-items.export",
                    Map.of(
                            "status", Filter.coded("checklist.status", "checklist.status."),
                            "late", Filter.coded("checklist.late", "checklist.late."),
                            "departmentId", Filter.named("checklist.department"),
                            "projectId", Filter.named("checklist.project"),
                            "open",
                                    Filter.choice(
                                            "checklist.scope",
                                            Map.of("true", "checklist.show-open", "false", "checklist.show-all")))),
            Map.entry(
                    "audit.ledger.investment.leads.export",
                    Map.of(
                            "stage", Filter.coded("attraction.lead.stage", "attraction.stage."),
                            "channel", Filter.coded("attraction.lead.channel", "attraction.channel."),
                            "stale", Filter.flag("attraction.lead.stale-only"),
                            "awaitingConversion", Filter.flag("attraction.lead.awaiting-conversion-only"),
                            "working", Filter.flag("attraction.lead.working-only"))),
            Map.entry(
                    "audit.ledger.projects.export",
                    Map.of(
                            "stage", Filter.coded("project.stage", "project.stage."),
                            "level", Filter.coded("project.level", "project.level."),
                            "light", Filter.coded("project.light", "light."))),
            Map.entry(
                    "audit.ledger.enterprise-plans.export",
                    Map.of("status", Filter.coded("enterpriseplan.status", "enterpriseplan.status."))),
            Map.entry(
                    "audit.ledger.talent.demands.export",
                    Map.of(
                            "status", Filter.coded("talent.demand.status", "talent.demand-status."),
                            "urgency", Filter.coded("talent.demand.urgency", "talent.urgency."))),
            Map.entry(
                    "audit.ledger.talent.candidates.export",
                    Map.of(
                            "education", Filter.coded("talent.demand.education", "talent.education."),
                            "source", Filter.coded("talent.candidate.source", "talent.source."))),
            Map.entry(
                    "audit.ledger.talent.services.export",
                    Map.of(
                            "open", Filter.flag("talent.service.open-only"),
                            "overdue", Filter.flag("talent.service.overdue-only"))),
            Map.entry(
                    "audit.ledger.meetings.actions.export",
                    Map.of("state", Filter.coded("meeting.actions.state", "meeting.action.state."))),
            Map.entry(
                    "audit.ledger.contacts.export",
                    Map.of(
                            "channel", Filter.coded("contact.channel", "contact.channel."),
                            "ticketed",
                                    Filter.choice(
                                            "contact.ticketed.filter",
                                            Map.of("true", "contact.ticketed.yes", "false", "contact.ticketed.no")))),
            Map.entry(
                    "audit.ledger.admin.notifications.deliveries.export",
                    Map.of(
                            "status", Filter.coded("delivery.status", "delivery.status."),
                            "channel", Filter.coded("delivery.channel", "channel."))),
            Map.entry("audit.ledger.admin.users.export", Map.of("state", Filter.coded("user.state", "user.state."))),
            Map.entry(
                    "audit.ledger.battle-map.export",
                    Map.of(
                            "stage", Filter.coded("project.stage", "project.stage."),
                            "level", Filter.coded("project.level", "project.level."),
                            "leadOfficialId", Filter.named("wall.lead"),
                            "chainId", Filter.named("wall.chain"),
                            "chainNodeId", Filter.named("wall.chain-node"),
                            "from", Filter.coded("wall.from", null),
                            "paper", Filter.coded("print.paper", "print.paper."))),
            Map.entry(
                    "audit.ledger.stage-goals.export", Map.of("status", Filter.alone("stage-goals.status.", Map.of()))),
            Map.entry(
                    "audit.ledger.service-evaluations.export",
                    Map.of(
                            "taskForceId", Filter.named("evaluation.task-force"),
                            "projectId", Filter.named("evaluation.project"),
                            "from", Filter.coded("evaluation.from", null),
                            "to", Filter.coded("evaluation.to", null),
                            "rating", Filter.coded("evaluation.rating", "evaluation.rating."))),
            Map.entry(
                    "audit.ledger.tickets.metrics.export",
                    Map.of(
                            "dimension", Filter.alone("ticket.metrics.dimension.", Map.of()),
                            "period", Filter.coded("ticket.metrics.period", "ticket.metrics.period."))),
            Map.entry(
                    "audit.ledger.tickets.ranking.export",
                    Map.of("period", Filter.coded("ticket.metrics.period", "ticket.metrics.period."))),
            Map.entry(
                    "audit.ledger.admin.sessions.export",
                    Map.of("administrators", Filter.flag("session.administrators.only"))),
            Map.entry(
                    "audit.ledger.contacts.enterprises.export",
                    Map.of(
                            "stale",
                            Filter.alone(null, Map.of("true", "contact.show-stale", "false", "contact.show-all")))),
            Map.entry("audit.ledger.industry.gaps.export", Map.of("chainId", Filter.named("industry.chain"))),
            Map.entry(
                    "audit.ledger.investment.funnel.export",
                    Map.of(
                            "from", Filter.coded("attraction.funnel.from", null),
                            "to", Filter.coded("attraction.funnel.to", null))));

    private static final String ROWS = "; rows: ";

    private LedgerFilters() {}

    /**
     * The key of the ledger's name, the address without its ids: {@code /meetings/7/minutes.docx} (mapped as
     * {@code /meetings/{id}/minutes.docx}) is {@code audit.ledger.meetings.minutes.docx}.
     */
    static String nameKey(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty() && !part.startsWith("{") && !part.chars().allMatch(Character::isDigit)) {
                parts.add(part);
            }
        }
        return "audit.ledger." + String.join(".", parts);
    }

    /**
     * The summary of an export of the ledger at {@code path}, or null when it is not a list of filters: {@code
     * generic} reads a part as any summary.
     */
    static String read(
            String summary, String path, MessageSource messages, Locale locale, UnaryOperator<String> generic) {
        int rowsAt = summary.lastIndexOf(ROWS);
        String filters = rowsAt < 0 ? summary : summary.substring(0, rowsAt);
        String rows = rowsAt < 0 ? null : summary.substring(rowsAt + 2);
        if (filters.equals("filters: none")) {
            return null;
        }
        Map<String, Filter> declared = path == null ? Map.of() : BY_LEDGER.getOrDefault(nameKey(path), Map.of());
        boolean chinese = "zh".equals(locale.getLanguage());
        List<String> read = new ArrayList<>();
        for (String part : filters.split(", ")) {
            int colon = part.indexOf(": ");
            if (colon < 0 && !part.endsWith(":")) {
                return null; // not a list of filters
            }
            String name = part.substring(0, colon < 0 ? part.length() - 1 : colon);
            String value = colon < 0 ? "" : part.substring(colon + 2);
            if (Paging.placesList(name) || value.isBlank()) {
                continue;
            }
            Filter filter = declared.get(name);
            read.add(
                    filter == null
                            ? generic.apply(part)
                            : filter.named()
                                    ? named(filter, name, part, messages, locale, chinese, generic)
                                    : filter(filter, value, messages, locale, chinese));
        }
        String none = read.isEmpty() ? generic.apply("filters: none") : null;
        String listed = none != null ? none : String.join(chinese ? "，" : ", ", read);
        return rows == null ? listed : listed + (chinese ? "；" : "; ") + generic.apply(rows);
    }

    private static String filter(Filter filter, String value, MessageSource messages, Locale locale, boolean chinese) {
        List<String> values = new ArrayList<>();
        for (String one : value.split("\\|")) {
            values.add(value(filter, one, messages, locale));
        }
        String listed = String.join(chinese ? "、" : ", ", values);
        if (filter.label() == null) {
            return listed;
        }
        String label = messages.getMessage(filter.label(), null, filter.label(), locale);
        if (filter.flag() && value.equals("true")) {
            return label;
        }
        return label + (chinese ? "：" : ": ") + listed;
    }

    /**
     * An id's filter with the page's label: the value as {@code generic} reads the part, by the general label of the
     * field ({@code audit.field.chainId}) and the thing's name, which follows that label.
     */
    private static String named(
            Filter filter,
            String name,
            String part,
            MessageSource messages,
            Locale locale,
            boolean chinese,
            UnaryOperator<String> generic) {
        String colon = chinese ? "：" : ": ";
        String general = messages.getMessage("audit.field." + name, null, name, locale) + colon;
        String read = generic.apply(part);
        String value = read.startsWith(general) ? read.substring(general.length()) : part.substring(name.length() + 2);
        return messages.getMessage(filter.label(), null, filter.label(), locale) + colon + value;
    }

    private static String value(Filter filter, String value, MessageSource messages, Locale locale) {
        String key = filter.values().get(value);
        if (key == null && filter.prefix() != null) {
            key = filter.prefix() + value;
        }
        if (key == null && (value.equals("true") || value.equals("false"))) {
            key = "audit.value." + value;
        }
        return key == null ? value : messages.getMessage(key, null, value, locale);
    }
}
