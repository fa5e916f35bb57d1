-- Every ledger is exported by whoever reads it, within his data scope (the export runs the list's own query, and is
-- audited): the lead official, the task force and the department handler download the leads (with the cohort and
-- funnel reports) and the talent demands they read; the enterprise contact his projects (their investment reports and
-- wall chart), his enterprise and its talent demands. Existing installations get them as BuiltinRoleCatalog gives a
-- new one (on a fresh database app_role is still empty here: no effect). Only these holders are named: a role from
-- which an administrator withdrew an export keeps it withdrawn unless named here.
insert into role_permission (app_role, permission)
select r.id, x.permission
from app_role r
join (values
    ('LEAD_OFFICIAL', 'investment:lead:export'),
    ('TASK_FORCE_MEMBER', 'investment:lead:export'),
    ('DEPARTMENT_HANDLER', 'investment:lead:export'),
    ('LEAD_OFFICIAL', 'talent:demand:export'),
    ('TASK_FORCE_MEMBER', 'talent:demand:export'),
    ('DEPARTMENT_HANDLER', 'talent:demand:export'),
    ('ENTERPRISE_CONTACT', 'talent:demand:export'),
    ('ENTERPRISE_CONTACT', 'project:project:export'),
    ('ENTERPRISE_CONTACT', 'enterprise:enterprise:export')
) as x (code, permission) on x.code = r.code and r.builtin
where not exists (select 1 from role_permission rp where rp.app_role = r.id and rp.permission = x.permission);
