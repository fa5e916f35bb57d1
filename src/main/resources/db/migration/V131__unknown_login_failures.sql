-- Failed logins under names that are no account, counted and locked like an account's own (app_user.failed_attempts,
-- locked_until), so that the login page answers an unknown name exactly as it answers a known one: "locked" after
-- the same number of failures, for the same time, on every node. Rows idle for a day are removed.
create table login_failure (
    username        varchar(100) not null primary key,
    failed_attempts integer      not null,
    locked_until    timestamp with time zone,
    last_failed_at  timestamp with time zone not null
);
create index login_failure_last_failed_idx on login_failure (last_failed_at);
