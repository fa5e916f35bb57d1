-- The calendar revision the current deadlines were counted on. A change of the calendar's days recounts the deadlines
-- counted on an earlier revision. A timestamp (deadlines_counted_at, kept for when) cannot tell: deadlines counted on
-- the old calendar in the moment between a change and its commit are stamped after it. Null: counted before this
-- column existed, when only deadlines_counted_at tells.
alter table ticket add column deadlines_revision bigint;
