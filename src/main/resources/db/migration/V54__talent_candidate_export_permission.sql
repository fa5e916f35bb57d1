-- Existing installations: the dispatch office, which keeps the talent pool, may export it, as
-- BuiltinRoleCatalog gives a new installation (on a fresh database app_role is still empty here:
-- no effect). Numbered beside the other talent migrations; spring.flyway.out-of-order is on.
insert into role_permission (app_role, permission)
select r.id, 'talent:candidate:export'
from app_role r
where r.code = 'DISPATCH_OFFICE' and r.builtin
  and not exists (select 1 from role_permission rp where rp.app_role = r.id and rp.permission = 'talent:candidate:export');
