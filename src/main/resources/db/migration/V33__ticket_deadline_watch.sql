-- The sign and first-feedback deadlines are watched by the escalation job too. Their steps happen
-- once per deadline date (an approved extension starts a new round but keeps those dates), so the
-- taken steps remember the date they were due on.
alter table ticket_escalation add column due_on date;
