-- When the current deadlines were counted in working days. A later change of the calendar's days (a holiday
-- arrangement arriving) recounts only deadlines counted before it; null: counted before this column existed.
alter table ticket add column deadlines_counted_at timestamp with time zone;
