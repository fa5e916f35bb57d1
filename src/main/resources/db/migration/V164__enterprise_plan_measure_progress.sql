-- Existing installations: the department handler records the progress of the enterprise-plan measures his
-- department owns, as BuiltinRoleCatalog gives a new installation (on a fresh database app_role is still empty
-- here: no effect). Custom roles are left to the security administrator. Numbered after the others;
-- spring.flyway.out-of-order is on.
insert into role_permission (app_role, permission)
select r.id, x.permission
from app_role r
join (values
    ('DEPARTMENT_HANDLER', 'enterpriseplan:measure:progress')
) as x (code, permission) on x.code = r.code and r.builtin
where not exists (select 1 from role_permission rp where rp.app_role = r.id and rp.permission = x.permission);
