-- A resolution now ends an extension request still waiting for its answer (the step ticket.extension-lapsed). Requests
-- left pending by resolutions before that stayed on their tickets: the office's to-do list counted them, and a ticket
-- sent back or reopened could still have one approved, moving a deadline nobody had asked to move any more. They end
-- here too; the request itself stays in the timeline as its ticket.extension-requested step. Only tickets in work keep
-- theirs, and suspended ones suspended from work (the request waits for the resumption).
update ticket set extension_until = null, extension_reason = null
where extension_until is not null
  and state <> 'IN_PROGRESS'
  and not (state = 'SUSPENDED' and suspended_from = 'IN_PROGRESS');
