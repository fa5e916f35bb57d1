package cn.zhuanban.project;

/**
 * A project as the ledger's export writes it: the list's summary and what the import template asks for beyond it, so
 * that an exported file imports as it is.
 */
public record ProjectLedgerRow(
        ProjectSummary summary, String enterpriseCreditCode, String location, String description) {}
