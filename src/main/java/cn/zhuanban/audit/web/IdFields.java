package cn.zhuanban.audit.web;

import java.util.Map;

/**
 * Which ids in a summary name a project, an enterprise, a task force, a user or a department: fields of the
 * events' snapshots ({@code leadOfficialId=5}) and of exports' filters ({@code taskForce: 2}), the words before an
 * id in a few written summaries ({@code project 12}, {@code owner 7}), and the entity of a record. A department's
 * {@code parent} and {@code head} are read only in records of departments (a chain node's parent is a node).
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
            Map.entry("dept", NamedKind.DEPARTMENT));

    private static final Map<String, NamedKind> DEPARTMENT_FIELDS =
            Map.of("parent", NamedKind.DEPARTMENT, "head", NamedKind.USER);

    private static final Map<String, NamedKind> WORDS =
            Map.of("project", NamedKind.PROJECT, "enterprise", NamedKind.ENTERPRISE, "owner", NamedKind.USER);

    private static final Map<String, NamedKind> ENTITIES = Map.of(
            "project", NamedKind.PROJECT,
            "enterprise", NamedKind.ENTERPRISE,
            "task-force", NamedKind.TASK_FORCE,
            "user", NamedKind.USER,
            "department", NamedKind.DEPARTMENT);

    private IdFields() {}

    /** The kind a field's value names in records of this type, or null when the value is no id of a named kind. */
    static NamedKind ofField(String field, String entityType) {
        NamedKind kind = FIELDS.get(field);
        return kind != null || !"department".equals(entityType) ? kind : DEPARTMENT_FIELDS.get(field);
    }

    /** The kind a word names when an id follows it ({@code project 12}), or null. */
    static NamedKind ofWord(String word) {
        return WORDS.get(word);
    }

    /** The kind of a record's entity, or null for the types shown by id alone. */
    static NamedKind ofEntity(String entityType) {
        return entityType == null ? null : ENTITIES.get(entityType);
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
