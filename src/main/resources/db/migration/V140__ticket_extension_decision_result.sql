-- An extension decision's answer gets the step's result column, as a resolution's and a rating's did (V104): it was
-- written as "+ " (approved) or "- " (refused) in front of the date asked for, and the timeline showed the reader a
-- stray "+". Steps written that way are split here: the answer moves to result_code, the date and reason stay.
update ticket_step set result_code = 'APPROVED', detail = substring(detail from 3)
where action = 'ticket.extension-decided' and left(detail, 2) = '+ ';
update ticket_step set result_code = 'REFUSED', detail = substring(detail from 3)
where action = 'ticket.extension-decided' and left(detail, 2) = '- ';
