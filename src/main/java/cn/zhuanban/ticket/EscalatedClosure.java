package cn.zhuanban.ticket;

import java.time.LocalDate;

/**
 * A ticket closed and escalated to the lead official after the reporter's second "dissatisfied" (domain §3,
 * {@link TicketClosure#DISSATISFIED_ESCALATED}), for the weekly meeting's agenda: closed, so no list of open tickets
 * brings it up, yet the problem is not solved in the reporter's eyes.
 */
public record EscalatedClosure(long ticketId, String title, long projectId, String projectName, LocalDate closedOn) {}
