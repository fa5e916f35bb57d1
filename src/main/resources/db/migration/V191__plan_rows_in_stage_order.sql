-- A plan's rows in outline order: each row without a stage in its stored order, each stage followed at once by its own
-- rows (in their stored order), as ProjectPlan.outline has it. Before a row given a stage moved to the end of that
-- stage's rows (ProjectPlan.restage), it stayed where it was: a row of stage B could sit among stage A's rows, and the
-- table showed it as A's, MS Project's outline read it back under A, and the queries that read plan_task by row_index
-- (the battle map, the open tasks before a stage goal) took it in that place. The rows are renumbered here, once, so
-- that every reader sees the order the plan page now keeps; only rows out of that order move.
-- Not audited: nothing anyone decided changes (no row's stage, dates or links), only the order the table lists them
-- in; Flyway's history records that it ran.

-- Each row's new place: a stage's row sorts with its stage (after it), any other row by its own place.
create table v191_row_order (
    project_plan bigint not null,
    old_index    int    not null,
    new_index    int    not null,
    primary key (project_plan, old_index)
);

insert into v191_row_order (project_plan, old_index, new_index)
select r.project_plan,
       r.row_index,
       row_number() over (
           partition by r.project_plan
           order by coalesce(s.stage_index, r.row_index),
                    case when s.stage_index is null then 0 else 1 end,
                    r.row_index) - 1
from plan_task r
left join (select project_plan, task_key, min(row_index) as stage_index
           from plan_task
           where kind = 'STAGE'
           group by project_plan, task_key) s
       on s.project_plan = r.project_plan and s.task_key = r.parent_key and r.kind <> 'STAGE';

-- Two steps, as (project_plan, row_index) is the key: the rows that move go to negative places first, which no row
-- holds, then to their own; the places they take are the ones the moving rows left.
update plan_task
set row_index = -1 - (select o.new_index from v191_row_order o
                      where o.project_plan = plan_task.project_plan and o.old_index = plan_task.row_index)
where exists (select 1 from v191_row_order o
              where o.project_plan = plan_task.project_plan and o.old_index = plan_task.row_index
                and o.new_index <> o.old_index);

update plan_task set row_index = -1 - row_index where row_index < 0;

drop table v191_row_order;
