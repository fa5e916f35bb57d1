-- Existing installations: the dispatch office, which registers enterprises and projects, may import both ledgers
-- from Excel, as BuiltinRoleCatalog gives a new installation (on a fresh database app_role is still empty here: no
-- effect). Custom roles that may register enterprises or projects are left to the security administrator: a batch
-- import is a larger power than the form. Numbered after the others; spring.flyway.out-of-order is on.
insert into role_permission (app_role, permission)
select r.id, x.permission
from app_role r
join (values
    ('DISPATCH_OFFICE', 'enterprise:enterprise:import'), ('DISPATCH_OFFICE', 'project:project:import')
) as x (code, permission) on x.code = r.code and r.builtin
where not exists (select 1 from role_permission rp where rp.app_role = r.id and rp.permission = x.permission);
