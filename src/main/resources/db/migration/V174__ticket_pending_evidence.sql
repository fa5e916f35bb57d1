-- Files of a resolve form that was refused (a missing explanation, a stale version): kept for the user who chose them,
-- on that ticket, so the form shown again lists them instead of losing them. Attached (pending = false) when the
-- resolution is taken; a nightly purge removes those left pending for more than a day (PendingEvidencePurge).
alter table ticket_attachment add column pending boolean default false not null;
create index ticket_attachment_pending_idx on ticket_attachment (pending, uploaded_at);
