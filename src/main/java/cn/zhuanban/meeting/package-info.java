/**
 * The task force at work: the daily contact log with enterprises (and the flag on enterprises
 * nobody has contacted for a number of working days; an entry turns into a ticket in one step) and
 * the weekly meetings, whose agenda builds itself from tickets, plans, projects and service items
 * and whose decisions open tickets of source MEETING. Depends on enterprise, project, service
 * checklist, schedule, ticket, calendar and identity. Publishes
 * {@link cn.zhuanban.meeting.ContactRecorded} and {@link cn.zhuanban.meeting.MeetingChanged};
 * listens to {@link cn.zhuanban.ticket.TicketStepRecorded} (an action closes with its ticket) and to
 * {@link cn.zhuanban.ticket.TicketEscalated} (the ladder's meeting step and a second dissatisfaction put the ticket on
 * the next meeting's agenda). A decision's deadline follows its ticket's resolve date (extensions, reassignments); the
 * minutes of a meeting held on a past day say it as of that day. Decisions are taken from the meeting day on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings and contacts")
package cn.zhuanban.meeting;
