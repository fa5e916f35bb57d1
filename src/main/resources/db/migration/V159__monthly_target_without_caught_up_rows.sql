-- A month's proposal leaves out a finished row that an earlier month's target holds (MonthlyTargets.of): a row of last
-- month's target finished late this month has its late finish this month, but it is last month's catch-up (已补齐),
-- not this month's target too. Months fixed before that rule (TargetFixing) hold such a row twice: caught up in the
-- earlier month and met in the later one. Here it leaves the later months, as the rule would have left it out:
--   * only targets the plan proposed and that were fixed when their month began (proposed); a target typed on the
--     targets page stays as typed, whatever it holds;
--   * only rows finished: an unfinished row of an earlier month's target whose late finish moved into a later month
--     (the plan was changed) is that month's target as well, a missed target carried forward, and is still proposed;
--   * the earliest month holding the row keeps it, typed or proposed;
--   * a month left with no row stays fixed with none (无目标), as the rule fixes such a month: removed, it would be
--     proposed again from the plan as it stands now and could take in rows that slipped into it since, rewriting a
--     month already begun or past, which is what fixing a month prevents.
-- Not audited: the audit log records what people did; this corrects what the application fixed by itself, and Flyway's
-- history records that it ran.

-- The keys of the proposed targets, one a line with their place (task_keys is a comma-separated list).
create table v159_target_key (
    target_id bigint       not null,
    pos       int          not null,
    task_key  varchar(2000) not null
);

insert into v159_target_key (target_id, pos, task_key)
with recursive parts (target_id, pos, task_key, rest) as (
    select id, 0, cast('' as varchar(2000)), cast(task_keys as varchar(2000))
    from plan_monthly_target
    where proposed
    union all
    select target_id,
           pos + 1,
           cast(trim(case when position(',' in rest) > 0 then substring(rest from 1 for position(',' in rest) - 1)
                          else rest end) as varchar(2000)),
           cast(case when position(',' in rest) > 0 then substring(rest from position(',' in rest) + 1)
                     else '' end as varchar(2000))
    from parts
    where rest <> ''
)
select target_id, pos, task_key from parts where task_key <> '';

-- The targets that lose a row: one whose row is finished and held by a target of an earlier month of the project.
create table v159_changed (target_id bigint primary key);

insert into v159_changed (target_id)
select distinct k.target_id
from v159_target_key k
join plan_monthly_target later on later.id = k.target_id
where exists (select 1
              from project_plan p
              join plan_task r on r.project_plan = p.id
              where p.project_id = later.project_id and r.task_key = k.task_key and r.actual_finish is not null)
  and exists (select 1
              from plan_monthly_target earlier
              where earlier.project_id = later.project_id
                and earlier.target_month < later.target_month
                and position(',' || k.task_key || ',' in ',' || replace(earlier.task_keys, ' ', '') || ',') > 0);

delete from v159_target_key
where target_id in (select target_id from v159_changed)
  and exists (select 1
              from plan_monthly_target later
              join project_plan p on p.project_id = later.project_id
              join plan_task r on r.project_plan = p.id
              where later.id = v159_target_key.target_id
                and r.task_key = v159_target_key.task_key
                and r.actual_finish is not null
                and exists (select 1
                            from plan_monthly_target earlier
                            where earlier.project_id = later.project_id
                              and earlier.target_month < later.target_month
                              and position(',' || v159_target_key.task_key || ','
                                           in ',' || replace(earlier.task_keys, ' ', '') || ',') > 0));

update plan_monthly_target
set task_keys = coalesce((select string_agg(k.task_key, ',' order by k.pos)
                          from v159_target_key k
                          where k.target_id = plan_monthly_target.id), '')
where id in (select target_id from v159_changed);

drop table v159_changed;
drop table v159_target_key;
