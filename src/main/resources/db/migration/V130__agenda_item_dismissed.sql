-- Generated agenda items that staff removed from a draft meeting: the agenda follows the data until the meeting is
-- held, and an item the data still gives must not come back after someone took it off.
create table agenda_item_dismissed (
    meeting_id bigint       not null references meeting (id) on delete cascade,
    item_key   varchar(700) not null,
    primary key (meeting_id, item_key)
);
