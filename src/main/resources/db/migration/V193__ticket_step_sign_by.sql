-- The sign deadline a step set (an assignment, a reassignment, a recount…), beside the resolve date V167 keeps: the
-- ticket row only keeps today's, and a past meeting's agenda judges "not signed in time" by the one of its day
-- (TicketHistory, AgendaTickets). Null for the other steps.
alter table ticket_step add column sign_by date;

-- What is known of the steps recorded before: the last step that set a ticket's deadlines set the sign deadline it has
-- today. Earlier settings' sign deadlines were never written anywhere (an assignment's detail names only the resolve
-- date), so they stay null, and a past agenda that needs one reads today's, as it did before (TicketHistory.Then).
update ticket_step set sign_by = (select t.sign_by from ticket t where t.id = ticket_step.ticket_id)
where (action in ('ticket.assigned', 'ticket.reassigned', 'ticket.insisted', 'ticket.resumed', 'ticket.reopened',
                  'ticket.deadlines-recounted')
       or (action = 'ticket.extension-decided' and result_code = 'APPROVED'))
  and not exists (select 1 from ticket_step s
                  where s.ticket_id = ticket_step.ticket_id and s.step > ticket_step.step
                    and (s.action in ('ticket.assigned', 'ticket.reassigned', 'ticket.insisted', 'ticket.resumed',
                                      'ticket.reopened', 'ticket.deadlines-recounted')
                         or (s.action = 'ticket.extension-decided' and s.result_code = 'APPROVED')));
