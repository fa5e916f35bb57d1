-- The partner and referrer registries (with the partners' contact phone numbers) get their own permission: those who
-- attract investment and those who oversee it read them, a department handler does not (he reads his department's
-- leads, nothing else). Existing installations grant it as BuiltinRoleCatalog gives a new one (on a fresh database
-- app_role is still empty here: no effect).
insert into role_permission (app_role, permission)
select r.id, 'investment:registry:view'
from app_role r
where r.builtin
  and r.code in ('DISTRICT_LEADER', 'LEAD_OFFICIAL', 'DISPATCH_OFFICE', 'TASK_FORCE_MEMBER', 'SUPERVISION', 'AUDIT_OFFICE')
  and not exists (select 1 from role_permission rp where rp.app_role = r.id and rp.permission = 'investment:registry:view');

-- A role an administrator made keeps the registries if it works on leads or exports them, as the built-in roles that
-- keep them do; one that only reads leads loses them, as the department handler does.
insert into role_permission (app_role, permission)
select distinct r.id, 'investment:registry:view'
from app_role r
join role_permission held on held.app_role = r.id
where not r.builtin
  and held.permission in ('investment:lead:edit', 'investment:lead:export')
  and not exists (select 1 from role_permission rp where rp.app_role = r.id and rp.permission = 'investment:registry:view');
