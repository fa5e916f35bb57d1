-- Province scale (5,000 projects, 100,000 tickets, 60,000 monthly reports): indexes found with
-- EXPLAIN ANALYZE on the generated province (README "Province scale"). Plain multi-column indexes
-- (no INCLUDE, no partial predicate) so that H2 takes them too.

-- Ticket to-do "overdue" (dispatch office, all tickets): state and the two deadlines, with the
-- project for the join, answer the count from the index instead of reading 100,000 rows.
create index ticket_state_deadline_idx on ticket (state, resolve_by, sign_by, project_id);

-- Cockpit "plan vs completed by month": the two grouped sums per year read only these columns.
create index investment_report_year_sum_idx on investment_report (report_year, report_month, project_id, this_month);
create index investment_plan_year_sum_idx on investment_plan (plan_year, plan_month, project_id, amount);
