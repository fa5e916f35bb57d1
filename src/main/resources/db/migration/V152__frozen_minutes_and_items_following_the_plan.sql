-- Where each earlier meeting's action on a confirmed agenda stood when the chair confirmed the minutes: the minutes
-- are then a record, and read later they showed that day's standing, not today's.
create table agenda_item_progress (
    item_id              bigint      not null primary key references agenda_item (id) on delete cascade,
    standing             varchar(20) not null,
    working_days_overdue int         not null,
    as_of                date        not null
);

-- A template item applied before the project had a plan got no target and did not follow the plan made afterwards
-- (the plan scheduled 项目备案 … 施工许可证, the checklist kept them without 到期日). An open item linked to a plan row
-- and still without a target now takes the row's latest finish at the plan's next change.
update service_item set target_from_plan = true
where plan_task_key is not null and target_date is null and status <> 'DONE';
