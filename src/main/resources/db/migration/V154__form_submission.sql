-- One row per posted form's one-time token (OnceOnlyForms): the primary key lets only the first post of a form run,
-- on whichever node it lands. finished_at is empty while that first post is still running; result_location is where
-- it redirected, where a second post of the same form is sent. Rows are purged after a day (FormSubmissionPurge).
create table form_submission (
    token varchar(64) primary key,
    username varchar(100) not null,
    created_at timestamp not null,
    finished_at timestamp,
    result_location varchar(2000)
);
create index form_submission_created_idx on form_submission (created_at);
