-- Uploaded and generated files kept in the database, so that every node of a cluster reads what any node wrote
-- (a node's own data directory held them, and an import uploaded on one node failed on the node that ran it).
create table file_content (
    storage_key varchar(32)              not null primary key,
    content     bytea                    not null,
    created_at  timestamp with time zone not null
);
