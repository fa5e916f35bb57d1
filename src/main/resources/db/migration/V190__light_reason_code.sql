-- A light's reason as message keys and arguments (JSON, see LightReasonCode), so that each reader reads it in his own
-- language: light_reason kept only the Chinese sentence built when the light was judged, and English readers read
-- Chinese. light_reason (and project_light_change.cause) still hold that Chinese text for the audit, old exports and
-- any search; a row without a code (stored before this migration, or given as plain text) is shown as stored.
alter table project add column light_reason_code varchar(4000);
alter table project_light_change add column cause_code varchar(4000);

-- The stored sentences cannot be turned back into keys here. Every plan is made due for a look by the next nightly
-- light review instead (as a calendar change does): it judges each planned project again and keeps the keys of its
-- reason, with no change announced when the reason reads the same. A project without a plan (lit by its red tickets
-- alone) gets them when one of its tickets next moves. Past changes in the history keep their stored text.
update plan_light_review set due_on = current_date where due_on > current_date;
