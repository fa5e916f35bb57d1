-- Tickets whose due index the escalation job rebuilds once (EscalationLadder#reindexQueued). The ladder's later rungs
-- (lead official, meeting) are now due from the first deadline a ticket missed (its sign deadline when never signed),
-- not from its resolve deadline; rows indexed before kept the old, later dates until the ticket next changed. Working
-- days cannot be counted in SQL (the calendar's holidays and make-up days), so this only lists the tickets: the job,
-- under its cluster lock, re-indexes each one with the calendar and takes it off the list. Flyway runs this once, on
-- one node, whatever the number of nodes starting.
create table ticket_due_reindex (
    ticket_id bigint not null primary key references ticket (id) on delete cascade
);

insert into ticket_due_reindex (ticket_id)
select distinct ticket_id from ticket_due where step in ('LEAD_OFFICIAL', 'MEETING');
