-- Where a ticket came from (domain §3): reported (REPORT) or opened by a weekly meeting's decision
-- (MEETING, issue 5). Existing tickets were all reported.
alter table ticket add column source varchar(20) default 'REPORT' not null;
