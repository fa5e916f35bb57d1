-- An enterprise contact downloads the ticket ledger he reads, as every reader of a ledger does (V173): the export runs
-- the list's own query within his data scope, the tickets of his enterprise's projects and those he reported, and is
-- audited. Existing installations get it as BuiltinRoleCatalog gives a new one (on a fresh database app_role is still
-- empty here: no effect). Only the enterprise contact is named: a staff role from which an administrator withdrew the
-- export since V173 does not get it back.
insert into role_permission (app_role, permission)
select r.id, 'ticket:ticket:export'
from app_role r
where r.code = 'ENTERPRISE_CONTACT' and r.builtin
  and not exists (select 1 from role_permission rp where rp.app_role = r.id and rp.permission = 'ticket:ticket:export');
