-- The auditor's log pages by seeking from the last record shown (AuditRecordPages), newest first by the time of the
-- change and then by the chain position: an index on both serves each page from where the last one ended, on H2 and
-- PostgreSQL alike, where an offset read and threw away every earlier record (slow a million records deep). It
-- serves the searches by time as the index on the time alone did, which it replaces.
create index audit_record_time_id_idx on audit_record (occurred_at, id);
drop index audit_record_time_idx;
