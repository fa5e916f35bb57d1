-- Existing installations: give the built-in roles the ticket permissions that BuiltinRoleCatalog
-- gives a new one (on a fresh database app_role is still empty here: no effect).
insert into role_permission (app_role, permission)
select r.id, x.permission
from app_role r
join (values
    ('DISTRICT_LEADER', 'ticket:ticket:view'), ('DISTRICT_LEADER', 'ticket:ticket:export'),
    ('DISTRICT_LEADER', 'ticket:metrics:view'), ('DISTRICT_LEADER', 'ticket:ticket:suspend'),
    ('LEAD_OFFICIAL', 'ticket:ticket:report'), ('LEAD_OFFICIAL', 'ticket:ticket:view'),
    ('LEAD_OFFICIAL', 'ticket:ticket:suspend'), ('LEAD_OFFICIAL', 'ticket:metrics:view'),
    ('DISPATCH_OFFICE', 'ticket:ticket:report'), ('DISPATCH_OFFICE', 'ticket:ticket:view'),
    ('DISPATCH_OFFICE', 'ticket:ticket:dispatch'), ('DISPATCH_OFFICE', 'ticket:ticket:export'),
    ('DISPATCH_OFFICE', 'ticket:metrics:view'),
    ('TASK_FORCE_MEMBER', 'ticket:ticket:report'), ('TASK_FORCE_MEMBER', 'ticket:ticket:view'),
    ('TASK_FORCE_MEMBER', 'ticket:metrics:view'),
    ('DEPARTMENT_HANDLER', 'ticket:ticket:report'), ('DEPARTMENT_HANDLER', 'ticket:ticket:view'),
    ('DEPARTMENT_HANDLER', 'ticket:ticket:handle'), ('DEPARTMENT_HANDLER', 'ticket:ticket:export'),
    ('DEPARTMENT_HANDLER', 'ticket:metrics:view'),
    ('ENTERPRISE_CONTACT', 'ticket:ticket:report'), ('ENTERPRISE_CONTACT', 'ticket:ticket:view'),
    ('SUPERVISION', 'ticket:ticket:view'), ('SUPERVISION', 'ticket:ticket:export'),
    ('SUPERVISION', 'ticket:metrics:view')
) as x (code, permission) on x.code = r.code and r.builtin
where not exists (select 1 from role_permission rp where rp.app_role = r.id and rp.permission = x.permission);
