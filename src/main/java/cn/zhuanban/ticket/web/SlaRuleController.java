package cn.zhuanban.ticket.web;

import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.web.FormErrors;
import cn.zhuanban.ticket.SlaRule;
import cn.zhuanban.ticket.SlaRuleManagement;
import cn.zhuanban.ticket.TicketCategory;
import cn.zhuanban.ticket.TicketSeverity;
import cn.zhuanban.ticket.TicketStaff;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The SLA rules page: the internal limits the departments are held to, read by the staff who follow tickets (not by
 * an enterprise contact, who sees his own ticket's deadlines on the ticket); the dispatch office changes them.
 */
@Controller
class SlaRuleController {

    private final SlaRuleManagement rules;
    private final FormErrors formErrors;

    SlaRuleController(SlaRuleManagement rules, FormErrors formErrors) {
        this.rules = rules;
        this.formErrors = formErrors;
    }

    @GetMapping("/tickets/sla")
    @PreAuthorize(TicketStaff.FOLLOWS)
    String list(Model model) {
        return page(model, null, Map.of());
    }

    @PostMapping("/tickets/sla")
    @PreAuthorize("hasAuthority('" + Permissions.TICKET_DISPATCH + "')")
    String save(@Valid @ModelAttribute SlaRule rule, BindingResult binding, Model model, RedirectAttributes redirect) {
        return formErrors.submit(binding, errors -> page(model, rule, errors), () -> {
            rules.save(rule);
            redirect.addFlashAttribute("flash", "admin.saved");
            return "redirect:/tickets/sla";
        });
    }

    /**
     * The rules; after a refused save the typed rule comes back where it was typed, in its row or in the form for a
     * new rule, with its messages there and a summary line above.
     */
    private String page(Model model, SlaRule typed, Map<String, String> errors) {
        boolean row = typed != null && typed.id() != null;
        model.addAttribute("typed", typed);
        model.addAttribute("rowErrors", row ? errors : Map.of());
        model.addAttribute("newErrors", row ? Map.of() : errors);
        model.addAttribute("rules", rules.all());
        model.addAttribute("categories", TicketCategory.values());
        model.addAttribute("severities", TicketSeverity.values());
        model.addAttribute("errors", errors);
        return "ticket/sla";
    }
}
