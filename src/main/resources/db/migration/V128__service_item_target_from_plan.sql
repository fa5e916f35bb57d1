-- Whether an item's target is the "must finish by" of its plan row (it then follows the row when the plan is
-- rescheduled) or a date a person set on the item form (never overwritten). A new item's target is a person's.
alter table service_item add column target_from_plan boolean default false not null;

-- Items made from the template since the link to the plan (V118) took their row's latest finish as target; those
-- whose target nobody has changed since (no edit of the item in the audit log names the target) follow the plan.
update service_item set target_from_plan = true
where template_id is not null
  and plan_task_key is not null
  and target_date is not null
  and not exists (
      select 1 from audit_record a
      where a.entity_type = 'service-item'
        and a.entity_id = cast(service_item.id as varchar(50))
        and a.action = 'service-item.updated'
        and a.summary like '%targetDate:%');
