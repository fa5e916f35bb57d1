-- The lead department each step was taken under (after the step: an assignment's new department, the department
-- asking to return). The return rate by department counts each return request for the department that made it and
-- each assignment in its department's base, so a reassigned ticket counts for both; the ticket row only knows the
-- department it has now.
alter table ticket_step add column department_id bigint;

-- A ticket's last assignment is to the department it has now.
update ticket_step set department_id = (select t.department_id from ticket t where t.id = ticket_step.ticket_id)
where action in ('ticket.assigned', 'ticket.reassigned')
  and step = (select max(a.step) from ticket_step a
              where a.ticket_id = ticket_step.ticket_id and a.action in ('ticket.assigned', 'ticket.reassigned'));

-- An earlier one (a reassignment followed) is known by the department's name that its line begins with.
update ticket_step set department_id = (select min(d.id) from department d
        where left(ticket_step.detail, length(d.name) + 2) in (d.name || ' →', d.name || ' +'))
where department_id is null and action in ('ticket.assigned', 'ticket.reassigned');

-- Every other step was taken under the latest assignment before it (none before the first: no department).
update ticket_step set department_id = (
        select a.department_id from ticket_step a
        where a.ticket_id = ticket_step.ticket_id
          and a.step = (select max(b.step) from ticket_step b
                        where b.ticket_id = ticket_step.ticket_id and b.step < ticket_step.step
                          and b.action in ('ticket.assigned', 'ticket.reassigned')))
where action not in ('ticket.assigned', 'ticket.reassigned');

-- The metrics read the assignments and return requests of the whole district by action: an index-only scan.
create index ticket_step_action_department_idx on ticket_step (action, department_id, ticket_id);
