-- An approved extension now marks the resolve date as typed by people (resolve_date_chosen), and a recount reads only
-- that flag: before, the flag was cleared by the extension and the recount kept any ticket with an extension, even
-- after a reopening had counted a later date. Backfilled where the date is still the latest approved extension's: no
-- assignment after it, and no reopening after it that set another date (a reopening that kept it set the same).
update ticket set resolve_date_chosen = true
where resolve_date_chosen = false
  and extensions > 0
  and exists (select 1 from ticket_step e
              where e.ticket_id = ticket.id
                and e.action = 'ticket.extension-decided' and e.result_code = 'APPROVED'
                and not exists (select 1 from ticket_step l
                                where l.ticket_id = ticket.id and l.step > e.step
                                  and (l.action in ('ticket.assigned', 'ticket.reassigned', 'ticket.insisted')
                                       or (l.action = 'ticket.extension-decided' and l.result_code = 'APPROVED')
                                       or (l.action = 'ticket.reopened'
                                           and (l.resolve_by is null or e.resolve_by is null
                                                or l.resolve_by <> e.resolve_by)))));
