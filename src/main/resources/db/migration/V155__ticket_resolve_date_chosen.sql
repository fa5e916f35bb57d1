-- Whether the current resolve deadline was chosen by the dispatch office on assigning (交办) rather than counted from
-- the SLA terms: a recount on a changed calendar keeps a chosen date, as it keeps a meeting's decided one.
alter table ticket add column resolve_date_chosen boolean default false not null;
