-- Whether an item's target is the "must finish by" of its plan row (it then follows the row when the plan is
-- rescheduled) or a date a person set on the item form (never overwritten). Every target stored before this column
-- is a person's: the template gave no target until the link to the plan (V118), which ships together with this
-- column, so no existing item follows the plan.
alter table service_item add column target_from_plan boolean default false not null;
