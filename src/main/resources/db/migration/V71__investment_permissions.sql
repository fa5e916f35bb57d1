-- Existing installations: give the built-in roles the investment, cockpit and report permissions that
-- BuiltinRoleCatalog gives a new one (on a fresh database app_role is still empty here: no effect).
insert into role_permission (app_role, permission)
select r.id, x.permission
from app_role r
join (values
    ('DISTRICT_LEADER', 'project:investment:view'), ('DISTRICT_LEADER', 'home:cockpit:view'),
    ('DISTRICT_LEADER', 'home:report:generate'),
    ('LEAD_OFFICIAL', 'project:investment:view'), ('LEAD_OFFICIAL', 'home:cockpit:view'),
    ('DISPATCH_OFFICE', 'project:investment:view'), ('DISPATCH_OFFICE', 'project:investment:report'),
    ('DISPATCH_OFFICE', 'project:investment:confirm'), ('DISPATCH_OFFICE', 'project:investment:plan'),
    ('DISPATCH_OFFICE', 'project:investment:import'), ('DISPATCH_OFFICE', 'home:cockpit:view'),
    ('DISPATCH_OFFICE', 'home:report:generate'),
    ('TASK_FORCE_MEMBER', 'project:investment:view'), ('TASK_FORCE_MEMBER', 'project:investment:report'),
    ('TASK_FORCE_MEMBER', 'project:investment:import'),
    ('DEPARTMENT_HANDLER', 'project:investment:view'), ('DEPARTMENT_HANDLER', 'home:cockpit:view'),
    ('ENTERPRISE_CONTACT', 'project:investment:view'), ('ENTERPRISE_CONTACT', 'project:investment:report'),
    ('SUPERVISION', 'project:investment:view'), ('SUPERVISION', 'home:cockpit:view'),
    ('SUPERVISION', 'home:report:generate')
) as x (code, permission) on x.code = r.code and r.builtin
where not exists (select 1 from role_permission rp where rp.app_role = r.id and rp.permission = x.permission);
