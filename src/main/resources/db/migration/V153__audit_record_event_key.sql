-- The identity of the event a record was written for (AuditLog, EventKey): a module event handed to the audit
-- listener again after a node died between the listener's commit and the publication's completion is recorded once.
-- Empty for the records written before; a unique index allows any number of empty keys on H2 and PostgreSQL.
alter table audit_record add column event_key varchar(64);
create unique index audit_record_event_key_idx on audit_record (event_key);
