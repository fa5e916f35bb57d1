-- The answer of a resolution (SOLVED …) or a rating (SATISFIED …) gets a column of its own: it was written
-- in front of the explanation into detail, and the timeline showed the code to the reader. Steps written that
-- way are split here: the code moves to result_code, the rest stays the detail (null when nothing was said).
alter table ticket_step add column result_code varchar(30);

update ticket_step set result_code = 'SOLVED', detail = nullif(substring(detail from 8), '')
where action = 'ticket.resolved' and left(detail, 7) = 'SOLVED ';
update ticket_step set result_code = 'PARTLY_SOLVED', detail = nullif(substring(detail from 15), '')
where action = 'ticket.resolved' and left(detail, 14) = 'PARTLY_SOLVED ';
update ticket_step set result_code = 'NOT_SOLVABLE', detail = nullif(substring(detail from 14), '')
where action = 'ticket.resolved' and left(detail, 13) = 'NOT_SOLVABLE ';

update ticket_step set result_code = detail, detail = null
where action = 'ticket.rated' and detail in ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED');
update ticket_step set result_code = 'SATISFIED', detail = nullif(substring(detail from 11), '')
where action = 'ticket.rated' and left(detail, 10) = 'SATISFIED ';
update ticket_step set result_code = 'BASICALLY_SATISFIED', detail = nullif(substring(detail from 21), '')
where action = 'ticket.rated' and left(detail, 20) = 'BASICALLY_SATISFIED ';
update ticket_step set result_code = 'DISSATISFIED', detail = nullif(substring(detail from 14), '')
where action = 'ticket.rated' and left(detail, 13) = 'DISSATISFIED ';
