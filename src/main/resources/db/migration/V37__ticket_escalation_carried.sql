-- A card step carried into a new round when a recount lowers the card (a new round begins): the card a deadline earned
-- before (one the department has since met, or one whose date the recount kept) still counts in the new round, so a
-- second recount does not take it away. Carried rows are bookkeeping, not escalations: the timeline does not show them.
alter table ticket_escalation add column carried boolean not null default false;
