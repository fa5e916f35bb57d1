-- Existing installations: the district's auditors (审计局) get their built-in role, which reads everything and changes
-- nothing like the supervision office, as BuiltinRoleCatalog gives a new installation. It is not the audit
-- administrator of the separation of duties (AUDITOR), who reads the system's log and no business data. On a fresh
-- database app_role is still empty here and the bootstrap creates the role: no effect. The permissions are listed,
-- not copied from the supervision office's role, which the security administrator may have changed.
insert into app_role (code, name, builtin, data_scope)
select 'AUDIT_OFFICE', '审计局', true, 'ALL'
where exists (select 1 from app_role where builtin)
  and not exists (select 1 from app_role where code = 'AUDIT_OFFICE');

insert into role_permission (app_role, permission)
select r.id, x.permission
from app_role r
join (values
    ('home:workbench:view'), ('project:project:view'), ('project:project:export'), ('project:taskforce:view'),
    ('enterprise:enterprise:view'), ('enterprise:enterprise:export'), ('identity:token:create'),
    ('schedule:plan:view'), ('calendar:calendar:view'), ('ticket:ticket:view'), ('ticket:ticket:export'),
    ('ticket:metrics:view'), ('project:investment:view'), ('home:cockpit:view'), ('home:report:generate'),
    ('project:checklist:view'), ('meeting:contact:view'), ('meeting:meeting:view'), ('industry:chain:view'),
    ('investment:lead:view'), ('investment:lead:export'), ('talent:demand:view'), ('talent:demand:export'),
    ('enterpriseplan:plan:view')
) as x (permission) on r.code = 'AUDIT_OFFICE' and r.builtin
where not exists (select 1 from role_permission rp where rp.app_role = r.id and rp.permission = x.permission);
