-- Following lateness (usability audit L5): the supervision office follows red cards, supervision notices (督办单) and
-- escalations district-wide on its workbench, the district leader the escalations that reach him. Existing
-- installations get the permission as BuiltinRoleCatalog gives a new one (on a fresh database app_role is still empty
-- here: no effect). Numbered after the others; spring.flyway.out-of-order is on.
insert into role_permission (app_role, permission)
select r.id, x.permission
from app_role r
join (values
    ('SUPERVISION', 'ticket:escalation:view'),
    ('DISTRICT_LEADER', 'ticket:escalation:view')
) as x (code, permission) on x.code = r.code and r.builtin
where not exists (select 1 from role_permission rp where rp.app_role = r.id and rp.permission = x.permission);

-- The two lists count the unresolved tickets by state with a red card or an escalation level: with the level beside
-- the state and the card, the whole-district counts read the index alone (ticket_state_idx has no level). Plain
-- multi-column index (no partial predicate) so that H2 takes it too.
create index ticket_state_escalation_idx on ticket (state, escalation_level, card);
