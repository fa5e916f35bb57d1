-- Usernames equal ignoring case (dispatch / DISPATCH) were refused by a service check only, so two nodes creating such
-- accounts at the same instant could both pass it. An index on lower(username) would guard it on PostgreSQL but is
-- an expression index, which H2 lacks; a plain column holding the case-folded username, unique, works on both.
-- The application fills it with username.toLowerCase(Locale.ROOT); usernames are [A-Za-z0-9_.-] (UserCommands), ASCII,
-- where that, H2's lower() and PostgreSQL's lower() (in any locale) agree.
alter table app_user add column username_key varchar(80);

update app_user set username_key = lower(username);

-- Accounts created before the service check existed may already differ in case only. The migration must not fail on
-- them, and renaming or disabling someone's account here would lock a person out unannounced: the accounts stay as
-- they are, the first one (lowest id) keeps the plain key and each later one gets its key suffixed with '#' and its
-- id, which no valid username folds to, so the constraint holds and any new case-variant is still refused (it
-- collides with the first). The subquery compares lower(username), not the key being updated, so its result does not
-- depend on which rows the statement has updated already.
update app_user set username_key = username_key || '#' || cast(id as varchar(20))
where exists (select 1 from app_user earlier
              where lower(earlier.username) = lower(app_user.username) and earlier.id < app_user.id);

alter table app_user alter column username_key set not null;
alter table app_user add constraint app_user_username_key_uq unique (username_key);
