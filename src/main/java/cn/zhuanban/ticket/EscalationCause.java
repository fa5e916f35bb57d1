package cn.zhuanban.ticket;

/**
 * Why a ticket was escalated: its deadlines (the escalation ladder of the SLA clock), or the reporter's second
 * "dissatisfied" (domain §3), which escalates a ticket that may never have been late. The lead official's notice says
 * which, so that a ticket solved in time is not presented as overdue.
 */
public enum EscalationCause {
    DEADLINE,
    DISSATISFIED
}
