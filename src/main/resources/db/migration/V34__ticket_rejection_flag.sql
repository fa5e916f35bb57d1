-- "To assign" and "to confirm the rejection" split the REPORTED tickets by whether the dispatch office
-- proposed a rejection. The proposal is a long text no index can hold, so the counts read every REPORTED
-- ticket's row (5,000 at province scale, twice per to-do view). The flag beside it, kept by the ticket,
-- lets an index answer both (README "Province scale").
alter table ticket add column rejection_proposed boolean default false not null;
update ticket set rejection_proposed = true where rejection_proposal is not null;
create index ticket_state_rejection_idx on ticket (state, rejection_proposed);
