-- A month's target the plan proposed and that was fixed when the month began (按计划提出，月初固定), told apart from a
-- target typed on the targets page: fixing never overwrites a typed target, and typing one replaces a fixed one.
alter table plan_monthly_target add column proposed boolean default false not null;
