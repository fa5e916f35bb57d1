package cn.zhuanban.audit.web;

/**
 * The kinds of things whose ids the audit log shows with their current names. A talent candidate is not one: his name
 * is personal data, which the auditor's log does not spread.
 */
enum NamedKind {
    PROJECT,
    ENTERPRISE,
    TASK_FORCE,
    USER,
    DEPARTMENT,
    INDUSTRY_CHAIN,
    CHAIN_NODE,
    PARTNER,
    REFERRER,
    LEAD,
    TALENT_DEMAND,
    TICKET,
    MEETING,
    MEETING_SERIES,
    AGENDA_ITEM,
    SERVICE_ITEM,
    ENTERPRISE_PLAN
}
