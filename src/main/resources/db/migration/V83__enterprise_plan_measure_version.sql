-- Measures are edited one at a time by several people (the office, the task force): each carries a
-- version that an edit must name and bumps, so the second of two concurrent edits is refused instead
-- of silently overwriting the first.
alter table enterprise_plan_measure add column version int not null default 0;
