-- Existing installations: progress reports for the roles that work on a project (the enterprise contact too),
-- template editing for the dispatch office, as BuiltinRoleCatalog gives a new installation.
insert into role_permission (app_role, permission)
select r.id, x.permission
from app_role r
join (values
    ('LEAD_OFFICIAL', 'schedule:plan:progress'), ('DISPATCH_OFFICE', 'schedule:plan:progress'),
    ('TASK_FORCE_MEMBER', 'schedule:plan:progress'), ('ENTERPRISE_CONTACT', 'schedule:plan:progress'),
    ('DISPATCH_OFFICE', 'schedule:template:edit')
) as x (code, permission) on x.code = r.code and r.builtin
where not exists (select 1 from role_permission rp where rp.app_role = r.id and rp.permission = x.permission);
