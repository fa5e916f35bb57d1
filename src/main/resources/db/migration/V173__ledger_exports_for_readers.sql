-- Every ledger can be exported by whoever reads it, within his data scope: existing installations grant the project,
-- enterprise and ticket exports as BuiltinRoleCatalog gives a new installation (on a fresh database app_role is still
-- empty here: no effect). Every built-in holder is listed, so that this one statement gives exactly the catalogue's.
insert into role_permission (app_role, permission)
select r.id, x.permission
from app_role r
join (values
    ('DISTRICT_LEADER', 'project:project:export'),
    ('LEAD_OFFICIAL', 'project:project:export'),
    ('DISPATCH_OFFICE', 'project:project:export'),
    ('TASK_FORCE_MEMBER', 'project:project:export'),
    ('DEPARTMENT_HANDLER', 'project:project:export'),
    ('SUPERVISION', 'project:project:export'),
    ('AUDIT_OFFICE', 'project:project:export'),
    ('DISTRICT_LEADER', 'enterprise:enterprise:export'),
    ('LEAD_OFFICIAL', 'enterprise:enterprise:export'),
    ('DISPATCH_OFFICE', 'enterprise:enterprise:export'),
    ('TASK_FORCE_MEMBER', 'enterprise:enterprise:export'),
    ('DEPARTMENT_HANDLER', 'enterprise:enterprise:export'),
    ('SUPERVISION', 'enterprise:enterprise:export'),
    ('AUDIT_OFFICE', 'enterprise:enterprise:export'),
    ('DISTRICT_LEADER', 'ticket:ticket:export'),
    ('LEAD_OFFICIAL', 'ticket:ticket:export'),
    ('DISPATCH_OFFICE', 'ticket:ticket:export'),
    ('TASK_FORCE_MEMBER', 'ticket:ticket:export'),
    ('DEPARTMENT_HANDLER', 'ticket:ticket:export'),
    ('SUPERVISION', 'ticket:ticket:export'),
    ('AUDIT_OFFICE', 'ticket:ticket:export')
) as x (code, permission) on x.code = r.code and r.builtin
where not exists (select 1 from role_permission rp where rp.app_role = r.id and rp.permission = x.permission);

-- Entering a plan's progress is the task force's data entry (and the enterprise contact's, the dispatch office's):
-- the lead official oversees it, and his workbench no longer lists the rows to update as his own to-do.
delete from role_permission
where permission = 'schedule:plan:progress'
  and app_role in (select id from app_role where code = 'LEAD_OFFICIAL' and builtin);
