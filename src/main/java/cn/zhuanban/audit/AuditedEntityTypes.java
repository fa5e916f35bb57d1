package cn.zhuanban.audit;

import java.util.List;

/**
 * The kinds of things the audit log records changes of, as the log's filter offers them (each labelled
 * {@code audit.entity.<type>}). A test reads the code for the types it writes and keeps this list complete.
 */
public final class AuditedEntityTypes {

    public static final List<String> ALL = List.of(
            "user",
            "department",
            "role",
            "security",
            "enterprise",
            "project",
            "task-force",
            "project-plan",
            "plan-template",
            "ticket",
            "ticket-sla-rule",
            "calendar",
            "ledger",
            "contact",
            "meeting",
            "meeting-series",
            "meeting-action",
            "industry-chain",
            "chain-node",
            "investment-lead",
            "investment-partner",
            "investment-referrer",
            "investment-setting",
            "investment_report",
            "report_job",
            "talent-demand",
            "talent-candidate",
            "recruitment-event",
            "talent-service",
            "enterprise-plan",
            "service-item",
            "service-evaluation");

    private AuditedEntityTypes() {}
}
