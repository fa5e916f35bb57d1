-- Agenda items name the project they are about, so a decision taken on an item opens its action
-- ticket on that project; an action records the project and category of its ticket.
alter table agenda_item add column project_id bigint;
alter table meeting_action add column project_id bigint;
alter table meeting_action add column category varchar(20);
create index meeting_action_ticket_idx on meeting_action (ticket_id);
