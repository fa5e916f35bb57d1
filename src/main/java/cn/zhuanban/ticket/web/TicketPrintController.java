package cn.zhuanban.ticket.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.ticket.InstructionRecords;
import cn.zhuanban.ticket.TicketLists;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A ticket on paper: the assignment sheet (交办单) a dispatch office hands to the lead department, or the supervision
 * notice (督办单) once the ticket is red, with sign-off lines and the steps so far. A leader's instructions on the
 * ticket (批示人, 批示内容) come right after the problem, as its page shows them first: what the department is to carry
 * out. Seen by whoever may see the ticket.
 */
@Controller
class TicketPrintController {

    private final TicketLists lists;
    private final InstructionRecords instructions;
    private final Clock clock;

    TicketPrintController(TicketLists lists, InstructionRecords instructions, Clock clock) {
        this.lists = lists;
        this.instructions = instructions;
        this.clock = clock;
    }

    @GetMapping("/tickets/{id}/print")
    @PreAuthorize("hasAuthority('" + Permissions.TICKET_VIEW + "')")
    String print(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("ticket", lists.find(id, user));
        model.addAttribute("instructions", instructions.panel(id, user).instructions());
        model.addAttribute("today", LocalDate.now(clock));
        return "ticket/print";
    }
}
