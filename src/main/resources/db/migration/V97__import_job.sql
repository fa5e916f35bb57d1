-- The enterprise and project imports become background jobs like the monthly report import: one table for every
-- import, told apart by kind, so that one worker claims, runs, retries and purges them all. The monthly report jobs
-- already queued or kept stay as they are, now of kind 'investment'.
alter table investment_import_job rename to import_job;
alter table import_job add column kind varchar(30) not null default 'investment';
alter table import_job alter column kind drop default;
alter index investment_import_job_status_idx rename to import_job_status_idx;
-- A requester's list is per kind (each import page lists its own jobs).
drop index investment_import_job_requester_idx;
create index import_job_requester_idx on import_job (requested_by, kind, id);
-- The message keys of a job that broke are no longer the monthly report's own.
update import_job set error = 'import.job.broke' where error = 'investment.import.job.broke';
update import_job set error = 'import.job.interrupted' where error = 'investment.import.job.interrupted';

-- A job's rows with problems: the bad rows of a FAILED job, and the rows imported but worth a check (warning), such as
-- a credit code with a wrong check character. The column is now the message key of its header, as every ledger import
-- names it, so the monthly report's column names gain their prefix.
alter table investment_import_job_error rename to import_job_problem;
alter table import_job_problem add column warning boolean not null default false;
alter table import_job_problem alter column column_name set data type varchar(100);
update import_job_problem set column_name = 'investment.column.' || column_name where column_name is not null;
