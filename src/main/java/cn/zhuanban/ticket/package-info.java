/**
 * Problem tickets (难点堵点问题) driven to closure: the life cycle of domain.md §3 with every step
 * recorded, SLA deadlines in working days, yellow and red cards and the escalation ladder, work
 * lists, metrics and the department ranking. Publishes {@link cn.zhuanban.ticket.TicketStepRecorded},
 * {@link cn.zhuanban.ticket.TicketCardRaised} and {@link cn.zhuanban.ticket.TicketEscalated}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tickets")
package cn.zhuanban.ticket;
