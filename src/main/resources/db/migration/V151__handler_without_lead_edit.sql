-- Audit D1: a department handler could enter an investment lead, which went to another owner and so out of his
-- scope (a 404 right after saving). Leads are the dispatch office's, the task forces' and the lead officials' work;
-- the built-in department handler keeps reading his department's leads but no longer edits them, as
-- BuiltinRoleCatalog now gives a new installation. Custom roles are left as the security administrator set them.
delete from role_permission
where permission = 'investment:lead:edit'
  and app_role in (select r.id from app_role r where r.code = 'DEPARTMENT_HANDLER' and r.builtin);
