-- The resolve date a step set (an assignment, a reassignment, an approved extension, a recount, a resumption, a
-- reopening…): the ticket row only keeps today's, and a meeting reviewed later reads its actions as they stood on its
-- day. Null for the other steps, and for older steps whose date is no longer known.
alter table ticket_step add column resolve_by date;

-- An approved extension's detail begins with the date asked for (V140).
update ticket_step set resolve_by = cast(left(detail, 10) as date)
where action = 'ticket.extension-decided' and result_code = 'APPROVED'
  and translate(left(detail, 10), '0123456789', '0000000000') = '0000-00-00';

-- An assignment's detail says "departments → resolve date", a reason may follow.
update ticket_step
set resolve_by = cast(substring(detail from position(' → ' in detail) + 3 for 10) as date)
where action in ('ticket.assigned', 'ticket.reassigned')
  and position(' → ' in detail) > 0
  and translate(substring(detail from position(' → ' in detail) + 3 for 10), '0123456789', '0000000000')
      = '0000-00-00';

-- A recount's detail ends with the recounted resolve date (ticket.recount.detail, in either language).
update ticket_step set resolve_by = cast(right(detail, 10) as date)
where action = 'ticket.deadlines-recounted'
  and translate(right(detail, 10), '0123456789', '0000000000') = '0000-00-00';

-- The last step that set a ticket's deadlines set the resolve date it has today.
update ticket_step set resolve_by = (select t.resolve_by from ticket t where t.id = ticket_step.ticket_id)
where resolve_by is null
  and (action in ('ticket.assigned', 'ticket.reassigned', 'ticket.insisted', 'ticket.resumed', 'ticket.reopened',
                  'ticket.deadlines-recounted')
       or (action = 'ticket.extension-decided' and result_code = 'APPROVED'))
  and not exists (select 1 from ticket_step s
                  where s.ticket_id = ticket_step.ticket_id and s.step > ticket_step.step
                    and (s.action in ('ticket.assigned', 'ticket.reassigned', 'ticket.insisted', 'ticket.resumed',
                                      'ticket.reopened', 'ticket.deadlines-recounted')
                         or (s.action = 'ticket.extension-decided' and s.result_code = 'APPROVED')));
