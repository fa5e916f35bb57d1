-- Ticket to-do counts at province scale (README "Province scale"): "to review" holds the resolved and
-- return-requested tickets and every open ticket with a pending extension request. The state index
-- answers the first part; this one finds the few extension requests without reading the tickets.
-- Plain multi-column index (no partial predicate) so that H2 takes it too.
create index ticket_extension_idx on ticket (extension_until, state);
