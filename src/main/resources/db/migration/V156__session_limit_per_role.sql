-- Concurrent sessions per role (e.g. 1 for the administrators, more for district leaders), stored beside the other
-- security settings as 'session.max-per-role.<role code>'; a role code has up to 50 characters, so the name needs more
-- room than the 60 it had. A role without such a row follows 'session.max-per-user'.
alter table security_setting alter column name set data type varchar(100);
