-- MLPS level 3 asks for two combined authentication techniques: a TOTP authenticator (RFC 6238) beside the password.
-- One row per enrolled user. The secret is AES-GCM encrypted by the application (zhuanban.security.totp-key), never
-- stored in clear. last_step is the last 30-second step whose code was accepted: written by a single conditional
-- update, so a code is accepted once even when two app nodes see it at the same moment.
create table user_second_factor (
    user_id     bigint       not null primary key references app_user (id) on delete cascade,
    secret      varchar(200) not null,
    last_step   bigint       not null,
    enrolled_at timestamp with time zone not null
);
