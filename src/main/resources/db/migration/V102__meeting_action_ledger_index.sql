-- The decisions ledger lists open actions first by the nearest deadline, across the task forces a user sees.
create index meeting_action_state_deadline_idx on meeting_action (status, deadline);
