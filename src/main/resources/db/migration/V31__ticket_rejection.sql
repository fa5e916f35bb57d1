-- Rejecting a problem as unreasonable takes two people: the dispatch office proposes it with a
-- reason, the project's lead official confirms it. The proposal waits here meanwhile.
alter table ticket add column rejection_proposal varchar(4000);
