-- Who must log in with the second factor: 0 nobody (users may still enrol), 1 the administrators (accounts holding a
-- role with an administrator duty), 2 everyone. Off by default, so an upgrade does not lock anyone out before they
-- have enrolled.
insert into security_setting (name, val) values ('second-factor.required', '0');
