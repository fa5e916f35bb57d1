-- An item's minutes of a long meeting ran past 4000 characters, and saving them failed with a 500 that lost the
-- typed text. The column now keeps 20000 characters (the form refuses more with a message under the input).
-- SET DATA TYPE reads the same on H2 and PostgreSQL.
alter table agenda_item alter column minutes set data type varchar(20000);
