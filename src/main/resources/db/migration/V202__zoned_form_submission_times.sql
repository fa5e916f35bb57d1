-- form_submission's times were timestamps without a time zone, written and read in each node's JVM zone: a node in
-- UTC+8 read a claim made a moment ago by a UTC node as 8 hours old, took it over and ran the form a second time.
-- As timestamps with time zone they are instants, the same on every node. The rows there are converted in the
-- session's zone (the migrating node's JVM zone), the zone they were written in when all nodes share one; the table
-- holds a day of tokens at most. project_plan.updated_at (an Instant of the plan entity) was the only other column
-- without a zone (shedlock keeps its own, compared with the database clock only).
alter table form_submission alter column created_at set data type timestamp with time zone;
alter table form_submission alter column finished_at set data type timestamp with time zone;
alter table project_plan alter column updated_at set data type timestamp with time zone;
