-- Existing installations: give the built-in roles the industry, investment-lead and talent permissions
-- that BuiltinRoleCatalog gives a new one (on a fresh database app_role is still empty here: no effect).
insert into role_permission (app_role, permission)
select r.id, x.permission
from app_role r
join (values
    ('DISTRICT_LEADER', 'industry:chain:view'), ('DISTRICT_LEADER', 'investment:lead:view'),
    ('DISTRICT_LEADER', 'investment:lead:export'), ('DISTRICT_LEADER', 'talent:demand:view'),
    ('DISTRICT_LEADER', 'talent:demand:export'),
    ('LEAD_OFFICIAL', 'industry:chain:view'), ('LEAD_OFFICIAL', 'investment:lead:view'),
    ('LEAD_OFFICIAL', 'investment:lead:edit'), ('LEAD_OFFICIAL', 'talent:demand:view'),
    ('DISPATCH_OFFICE', 'industry:chain:view'), ('DISPATCH_OFFICE', 'industry:chain:edit'),
    ('DISPATCH_OFFICE', 'investment:lead:view'), ('DISPATCH_OFFICE', 'investment:lead:edit'),
    ('DISPATCH_OFFICE', 'investment:lead:export'), ('DISPATCH_OFFICE', 'investment:rule:edit'),
    ('DISPATCH_OFFICE', 'talent:demand:view'), ('DISPATCH_OFFICE', 'talent:demand:edit'),
    ('DISPATCH_OFFICE', 'talent:demand:export'), ('DISPATCH_OFFICE', 'talent:candidate:view'),
    ('DISPATCH_OFFICE', 'talent:candidate:edit'),
    ('TASK_FORCE_MEMBER', 'industry:chain:view'), ('TASK_FORCE_MEMBER', 'investment:lead:view'),
    ('TASK_FORCE_MEMBER', 'investment:lead:edit'), ('TASK_FORCE_MEMBER', 'talent:demand:view'),
    ('TASK_FORCE_MEMBER', 'talent:demand:edit'),
    ('DEPARTMENT_HANDLER', 'industry:chain:view'), ('DEPARTMENT_HANDLER', 'investment:lead:view'),
    ('DEPARTMENT_HANDLER', 'investment:lead:edit'), ('DEPARTMENT_HANDLER', 'talent:demand:view'),
    ('ENTERPRISE_CONTACT', 'talent:demand:view'), ('ENTERPRISE_CONTACT', 'talent:demand:edit'),
    ('SUPERVISION', 'industry:chain:view'), ('SUPERVISION', 'investment:lead:view'),
    ('SUPERVISION', 'investment:lead:export'), ('SUPERVISION', 'talent:demand:view'),
    ('SUPERVISION', 'talent:demand:export')
) as x (code, permission) on x.code = r.code and r.builtin
where not exists (select 1 from role_permission rp where rp.app_role = r.id and rp.permission = x.permission);
