-- MLPS level 3: accounts nobody has used for this many days are disabled at night (0 = never). Off by default: a
-- district chooses the figure; the user list shows idle accounts either way.
insert into security_setting (name, val) values ('account.dormant-days', '0');
create index app_user_last_login_idx on app_user (last_login_at);
