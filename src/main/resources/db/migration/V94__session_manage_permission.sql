-- Existing installations: the security administrator sees who is logged in and may end a session, as
-- BuiltinRoleCatalog gives a new installation (on a fresh database app_role is still empty here: no effect).
insert into role_permission (app_role, permission)
select r.id, 'identity:session:manage'
from app_role r
where r.code = 'SECURITY_ADMIN' and r.builtin
  and not exists (select 1 from role_permission rp where rp.app_role = r.id and rp.permission = 'identity:session:manage');
