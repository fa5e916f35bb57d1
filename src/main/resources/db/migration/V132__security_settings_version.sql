-- One version for the security settings form: a save from a page read before another administrator's save is
-- refused instead of silently putting the older values back.
create table security_settings_version (
    id      integer not null primary key,
    version integer not null
);
insert into security_settings_version (id, version) values (1, 0);
