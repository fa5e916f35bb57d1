/**
 * Problem tickets (难点堵点问题) driven to closure: the life cycle of domain.md §3 with every step
 * recorded, SLA rules as data and deadlines in working days on the calendar module, yellow and red
 * cards and the escalation ladder (a ShedLock'ed job reading the ticket_due index), work lists,
 * metrics and the department ranking. Reads projects through the project module's API and its
 * data-scope rules mirrored in SQL. Publishes {@link cn.zhuanban.ticket.TicketStepRecorded} for
 * every move, {@link cn.zhuanban.ticket.TicketCardRaised}, {@link cn.zhuanban.ticket.TicketEscalated}
 * and {@link cn.zhuanban.ticket.SlaRuleSaved}; listens to {@link cn.zhuanban.calendar.WorkingDaysChanged} to recount
 * the deadlines of open tickets when a holiday arrangement arrives or a day is corrected.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tickets")
package cn.zhuanban.ticket;
