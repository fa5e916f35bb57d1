-- Sessions ended on purpose (by the security administrator, or by a newer login of the same account beyond the
-- allowed number): their next request says why instead of "timed out". Only a hash of the session id is kept; rows
-- older than a day are dropped.
create table ended_session (
    session_hash varchar(64)  not null primary key,
    reason       varchar(20)  not null,
    ended_at     timestamp with time zone not null
);
create index ended_session_ended_at_idx on ended_session (ended_at);
insert into security_setting (name, val) values ('session.max-per-user', '0');
