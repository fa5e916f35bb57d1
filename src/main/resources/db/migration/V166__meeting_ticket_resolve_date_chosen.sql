-- A meeting decided the resolve date of the tickets opened from its decisions (source MEETING): since V155 such a
-- ticket says so (resolve_date_chosen), but the ones opened before were left false. Backfilled where the date is still
-- the meeting's: not where a reassignment counted new deadlines, an approved extension set another date or a
-- reopening counted a later one (those steps leave the flag false today as well).
update ticket set resolve_date_chosen = true
where source = 'MEETING'
  and resolve_date_chosen = false
  and not exists (select 1 from ticket_step s
                  where s.ticket_id = ticket.id
                    and (s.action in ('ticket.reassigned', 'ticket.reopened')
                         or (s.action = 'ticket.extension-decided' and s.result_code = 'APPROVED')));
