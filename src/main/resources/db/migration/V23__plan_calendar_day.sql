-- A plan's own calendar exceptions (per-project calendar): days the project rests or works unlike the district's
-- construction calendar (5- or 7-day week) it is scheduled on. Kept from imported MS Project / Primavera files and
-- written back on export, so that a round trip keeps them.
create table plan_calendar_day (
    project_plan bigint       not null references project_plan (id) on delete cascade,
    row_index    int          not null,
    cal_date     date         not null,
    working      boolean      not null,
    name         varchar(100),
    primary key (project_plan, row_index)
);
