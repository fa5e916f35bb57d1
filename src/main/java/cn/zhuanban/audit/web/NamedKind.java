package cn.zhuanban.audit.web;

/** The kinds of things whose ids the audit log shows with their current names. */
enum NamedKind {
    PROJECT,
    ENTERPRISE,
    TASK_FORCE,
    USER,
    DEPARTMENT
}
