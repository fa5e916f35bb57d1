-- The years whose published holiday arrangement is in (shipped, uploaded or imported). A year counted as imported
-- while some statutory day of it before December was stored; but an administrator's correction of a day replaces its
-- statutory row (one row a date), so a year whose every listed day had been corrected by hand never counted, however
-- often its file was uploaded. The import now records the year itself.
create table calendar_year (
    cal_year int not null primary key
);

-- The years counted so far, as they were counted.
insert into calendar_year (cal_year)
select distinct cast(extract(year from cal_date) as int) from calendar_day
where kind = 'STATUTORY' and extract(month from cal_date) < 12;
