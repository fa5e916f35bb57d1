-- Existing installations: the enterprise contacts rate the service of their projects' task forces, and the staff who
-- answer for that service read the ratings, as BuiltinRoleCatalog gives a new installation (on a fresh database
-- app_role is still empty here: no effect). Numbered after the others; spring.flyway.out-of-order is on.
insert into role_permission (app_role, permission)
select r.id, x.permission
from app_role r
join (values
    ('ENTERPRISE_CONTACT', 'project:evaluation:rate'),
    ('DISTRICT_LEADER', 'project:evaluation:view'),
    ('LEAD_OFFICIAL', 'project:evaluation:view'),
    ('DISPATCH_OFFICE', 'project:evaluation:view'),
    ('TASK_FORCE_MEMBER', 'project:evaluation:view'),
    ('SUPERVISION', 'project:evaluation:view'),
    ('AUDIT_OFFICE', 'project:evaluation:view')
) as x (code, permission) on x.code = r.code and r.builtin
where not exists (select 1 from role_permission rp where rp.app_role = r.id and rp.permission = x.permission);
