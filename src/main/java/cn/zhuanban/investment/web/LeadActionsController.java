package cn.zhuanban.investment.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.investment.InvestmentCommands.ContractFigures;
import cn.zhuanban.investment.InvestmentCommands.FollowUpForm;
import cn.zhuanban.investment.InvestmentCommands.StageMove;
import cn.zhuanban.investment.InvestmentManagement;
import cn.zhuanban.investment.LeadFollowUps;
import cn.zhuanban.shared.web.FormErrors;
import jakarta.validation.Valid;
import java.util.function.Consumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What staff do on the lead page: move a stage, record contract figures, add a follow-up. */
@Controller
@RequestMapping("/investment/leads/{id}")
class LeadActionsController {

    private final InvestmentManagement investment;
    private final LeadFollowUps followUps;
    private final LeadPage leadPage;
    private final FormErrors formErrors;

    LeadActionsController(
            InvestmentManagement investment, LeadFollowUps followUps, LeadPage leadPage, FormErrors formErrors) {
        this.investment = investment;
        this.followUps = followUps;
        this.leadPage = leadPage;
        this.formErrors = formErrors;
    }

    @PostMapping("/move")
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_LEAD_EDIT + "')")
    String move(
            @PathVariable long id,
            @Valid @ModelAttribute StageMove move,
            BindingResult binding,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return act(id, binding, user, model, redirect, u -> investment.move(u, id, move));
    }

    @PostMapping("/contract")
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_LEAD_EDIT + "')")
    String contract(
            @PathVariable long id,
            @Valid @ModelAttribute ContractFigures figures,
            BindingResult binding,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return act(id, binding, user, model, redirect, u -> investment.agree(u, id, figures));
    }

    @PostMapping("/follow-ups")
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_LEAD_EDIT + "')")
    String followUp(
            @PathVariable long id,
            @Valid @ModelAttribute FollowUpForm form,
            BindingResult binding,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return act(id, binding, user, model, redirect, u -> followUps.followUp(u, id, form));
    }

    private String act(
            long id,
            BindingResult binding,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect,
            Consumer<CurrentUser> action) {
        // The registrar's view is read-only: refused as a page (403) before a form error could re-show the lead.
        investment.requireChangeable(user, id);
        return formErrors.submit(binding, errors -> leadPage.show(user, id, model, errors), () -> {
            action.accept(user);
            redirect.addFlashAttribute("flash", "admin.saved");
            return "redirect:/investment/leads/" + id;
        });
    }
}
