-- Existing installations: the system administrator may export the mail outbox, as BuiltinRoleCatalog gives a new
-- installation (on a fresh database app_role is still empty here: no effect). It is a duty permission
-- (AdminDutyPolicy): no other role gets it.
insert into role_permission (app_role, permission)
select r.id, 'notification:mail:export'
from app_role r
where r.code = 'SYSTEM_ADMIN' and r.builtin
  and not exists (select 1 from role_permission rp where rp.app_role = r.id and rp.permission = 'notification:mail:export');
