package cn.zhuanban.audit.web;

import java.util.Map;

/**
 * Which ids in a summary name a thing of a {@link NamedKind}: fields of the events' snapshots
 * ({@code leadOfficialId=5}) and of exports' filters ({@code taskForce: 2}), the words before an id in a few written
 * summaries ({@code project 12}, {@code ticket 40}, an agenda {@code item 9}), and the entity of a record (by its type,
 * or by its action where the action records another kind's id). A few fields name a different kind
 * by the type of the record: a department's {@code parent} and {@code head}, a chain node's {@code parentId}.
 */
final class IdFields {

    private static final Map<String, NamedKind> FIELDS = Map.ofEntries(
            Map.entry("projectId", NamedKind.PROJECT),
            Map.entry("project", NamedKind.PROJECT),
            Map.entry("enterpriseId", NamedKind.ENTERPRISE),
            Map.entry("enterprise", NamedKind.ENTERPRISE),
            Map.entry("taskForceId", NamedKind.TASK_FORCE),
            Map.entry("taskForce", NamedKind.TASK_FORCE),
            Map.entry("leadOfficialId", NamedKind.USER),
            Map.entry("leadUserId", NamedKind.USER),
            Map.entry("chiefServiceOfficerId", NamedKind.USER),
            Map.entry("memberIds", NamedKind.USER),
            Map.entry("responsibleUserId", NamedKind.USER),
            Map.entry("staffUserId", NamedKind.USER),
            Map.entry("chainLeaderId", NamedKind.USER),
            Map.entry("ownerId", NamedKind.USER),
            Map.entry("ownerUserId", NamedKind.USER),
            Map.entry("owner", NamedKind.USER),
            Map.entry("userId", NamedKind.USER),
            Map.entry("departmentId", NamedKind.DEPARTMENT),
            Map.entry("departmentIds", NamedKind.DEPARTMENT),
            Map.entry("ownerDepartmentId", NamedKind.DEPARTMENT),
            Map.entry("department", NamedKind.DEPARTMENT),
            Map.entry("dept", NamedKind.DEPARTMENT),
            Map.entry("chainId", NamedKind.INDUSTRY_CHAIN),
            Map.entry("chainNodeId", NamedKind.CHAIN_NODE),
            Map.entry("partnerId", NamedKind.PARTNER),
            Map.entry("referrerId", NamedKind.REFERRER),
            Map.entry("demandIds", NamedKind.TALENT_DEMAND),
            Map.entry("ticketId", NamedKind.TICKET));

    /** Fields that name something only in records of one type, by that type. */
    private static final Map<String, Map<String, NamedKind>> FIELDS_BY_TYPE = Map.of(
            "department", Map.of("parent", NamedKind.DEPARTMENT, "head", NamedKind.USER),
            "chain-node", Map.of("parentId", NamedKind.CHAIN_NODE));

    private static final Map<String, NamedKind> WORDS = Map.of(
            "project", NamedKind.PROJECT,
            "enterprise", NamedKind.ENTERPRISE,
            "owner", NamedKind.USER,
            "ticket", NamedKind.TICKET,
            "item", NamedKind.AGENDA_ITEM);

    private static final Map<String, NamedKind> ENTITIES = Map.ofEntries(
            Map.entry("project", NamedKind.PROJECT),
            Map.entry("enterprise", NamedKind.ENTERPRISE),
            Map.entry("task-force", NamedKind.TASK_FORCE),
            Map.entry("user", NamedKind.USER),
            Map.entry("department", NamedKind.DEPARTMENT),
            Map.entry("industry-chain", NamedKind.INDUSTRY_CHAIN),
            Map.entry("chain-node", NamedKind.CHAIN_NODE),
            Map.entry("investment-partner", NamedKind.PARTNER),
            Map.entry("investment-referrer", NamedKind.REFERRER),
            Map.entry("investment-lead", NamedKind.LEAD),
            Map.entry("talent-demand", NamedKind.TALENT_DEMAND),
            Map.entry("ticket", NamedKind.TICKET),
            Map.entry("meeting", NamedKind.MEETING),
            Map.entry("meeting-series", NamedKind.MEETING_SERIES),
            Map.entry("service-item", NamedKind.SERVICE_ITEM),
            Map.entry("project-plan", NamedKind.PROJECT),
            Map.entry("enterprise-plan", NamedKind.ENTERPRISE_PLAN));

    /** Actions whose records carry another kind's id than their type's: a checklist from the template, by project. */
    private static final Map<String, NamedKind> ENTITIES_BY_ACTION =
            Map.of("service-item.template-applied", NamedKind.PROJECT);

    private IdFields() {}

    /** The kind a field's value names in records of this type, or null when the value is no id of a named kind. */
    static NamedKind ofField(String field, String entityType) {
        NamedKind kind = FIELDS.get(field);
        return kind != null || entityType == null
                ? kind
                : FIELDS_BY_TYPE.getOrDefault(entityType, Map.of()).get(field);
    }

    /** The kind a word names when an id follows it ({@code project 12}), or null. */
    static NamedKind ofWord(String word) {
        return WORDS.get(word);
    }

    /** The kind of a record's entity, or null for the types shown by id alone. */
    static NamedKind ofEntity(String entityType) {
        return entityType == null ? null : ENTITIES.get(entityType);
    }

    /** The kind of the entity of a record of this type and action, or null for the types shown by id alone. */
    static NamedKind ofEntity(String entityType, String action) {
        NamedKind kind = action == null ? null : ENTITIES_BY_ACTION.get(action);
        return kind != null ? kind : ofEntity(entityType);
    }

    /** A record's entity id as a number, or null when it is none (a ledger's address, a setting's key). */
    static Long id(String text) {
        return text != null
                        && !text.isEmpty()
                        && text.length() <= 18
                        && text.chars().allMatch(Character::isDigit)
                ? Long.valueOf(text)
                : null;
    }
}
