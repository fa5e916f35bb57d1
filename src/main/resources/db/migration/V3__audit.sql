-- The append-only, hash-chained audit log. Each record's hash covers its content and the hash
-- of the record before it, so a changed or deleted row breaks the chain from that row on.

create table audit_record (
    id            bigint       not null primary key,
    occurred_at   timestamp with time zone not null,
    actor         varchar(50)  not null,
    address       varchar(64),
    action        varchar(100) not null,
    entity_type   varchar(50)  not null,
    entity_id     varchar(50),
    summary       varchar(4000),
    algorithm     varchar(10)  not null,
    previous_hash varchar(64)  not null,
    hash          varchar(64)  not null
);
create index audit_record_actor_idx on audit_record (actor, occurred_at);
create index audit_record_entity_idx on audit_record (entity_type, entity_id);
create index audit_record_time_idx on audit_record (occurred_at);
create index audit_record_action_idx on audit_record (action);

-- A single row that every append locks: it serialises appends across app nodes.
create table audit_chain_head (
    id        int         not null primary key,
    last_id   bigint      not null,
    last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_id, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
