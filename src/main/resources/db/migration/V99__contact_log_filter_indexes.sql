-- The contact log's list and export (日常沟通台账) are filtered and read newest first. With the dispatch office's scope
-- (every contact of the district) the list's first page was a sort of the whole table: the date and id in an index
-- let the database read the newest rows in order and stop after a page, and serve the date range filter.
create index contact_entry_contacted_idx on contact_entry (contacted_on, id);

-- "Recorded by" with the same order: the staff member's contacts newest first. The index on the staff member alone
-- (V61) would be served by this one too, but stays: DROP INDEX is written differently on the MySQL family.
create index contact_entry_staff_contacted_idx on contact_entry (staff_user_id, contacted_on);

-- The search text (contains, in any of four texts) and the channel (four values) and "turned into a ticket" (yes or
-- no) narrow too little or not by prefix: a plain index would not be used for them, so none is added.
