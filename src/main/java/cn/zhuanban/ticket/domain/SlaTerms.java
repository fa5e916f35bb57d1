package cn.zhuanban.ticket.domain;

/** Time limits in working days for one category and severity (a row of ticket_sla_rule). */
public record SlaTerms(int signDays, int feedbackDays, int resolveDays) {}
