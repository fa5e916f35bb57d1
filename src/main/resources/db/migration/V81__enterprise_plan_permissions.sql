-- Existing installations: give the built-in roles the enterprise-plan permissions that
-- BuiltinRoleCatalog gives a new one (on a fresh database app_role is still empty here: no effect).
insert into role_permission (app_role, permission)
select r.id, x.permission
from app_role r
join (values
    ('DISTRICT_LEADER', 'enterpriseplan:plan:view'),
    ('LEAD_OFFICIAL', 'enterpriseplan:plan:view'), ('LEAD_OFFICIAL', 'enterpriseplan:plan:edit'),
    ('LEAD_OFFICIAL', 'enterpriseplan:plan:approve'),
    ('DISPATCH_OFFICE', 'enterpriseplan:plan:view'), ('DISPATCH_OFFICE', 'enterpriseplan:plan:edit'),
    ('TASK_FORCE_MEMBER', 'enterpriseplan:plan:view'), ('TASK_FORCE_MEMBER', 'enterpriseplan:plan:edit'),
    ('DEPARTMENT_HANDLER', 'enterpriseplan:plan:view'),
    ('ENTERPRISE_CONTACT', 'enterpriseplan:plan:view'),
    ('SUPERVISION', 'enterpriseplan:plan:view')
) as x (code, permission) on x.code = r.code and r.builtin
where not exists (select 1 from role_permission rp where rp.app_role = r.id and rp.permission = x.permission);
