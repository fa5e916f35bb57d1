package cn.zhuanban.investment.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.investment.InvestmentCommands.LeadForm;
import cn.zhuanban.investment.InvestmentManagement;
import cn.zhuanban.investment.InvestmentViews.LeadFilter;
import cn.zhuanban.investment.InvestmentViews.LeadRow;
import cn.zhuanban.investment.InvestmentViews.LeadView;
import cn.zhuanban.investment.LeadChannel;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.shared.web.FormErrors;
import cn.zhuanban.shared.web.Paging;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The lead ledger and the lead form. */
@Controller
@RequestMapping("/investment/leads")
class LeadController {

    private final InvestmentManagement investment;
    private final LeadChoices choices;
    private final LeadPage leadPage;
    private final FormErrors formErrors;
    private final Clock clock;

    LeadController(
            InvestmentManagement investment,
            LeadChoices choices,
            LeadPage leadPage,
            FormErrors formErrors,
            Clock clock) {
        this.investment = investment;
        this.choices = choices;
        this.leadPage = leadPage;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_LEAD_VIEW + "')")
    String list(
            @ModelAttribute LeadFilter filter,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            CurrentUser user,
            HttpServletRequest request,
            Model model) {
        PageResult<LeadRow> result = investment.leads(user, filter, PageQuery.ofList(page, size, 20));
        model.addAttribute("filter", filter);
        model.addAttribute("result", result);
        choices.namesFor(result.content(), model);
        if (Paging.isHtmx(request)) {
            return "investment/leads :: rows";
        }
        choices.addFilters(model);
        return "investment/leads";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_LEAD_VIEW + "')")
    String show(@PathVariable long id, @RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
        return leadPage.show(user, id, page, model, Map.of());
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_LEAD_EDIT + "')")
    String newForm(
            @RequestParam(required = false) LeadChannel channel,
            @RequestParam(required = false) Long chainNodeId,
            CurrentUser user,
            Model model) {
        model.addAttribute(
                "preset",
                new LeadForm(
                        null,
                        channel,
                        null,
                        null,
                        chainNodeId,
                        null,
                        null,
                        null,
                        user.id(),
                        null,
                        null,
                        null,
                        null,
                        0));
        return form(model, null, Map.of());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_LEAD_EDIT + "')")
    String create(
            @Valid @ModelAttribute LeadForm form,
            BindingResult binding,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("preset", form);
        return formErrors.submit(binding, errors -> form(model, null, errors), () -> {
            long id = investment.createLead(user, form);
            // Handed to someone else at once: say so, and that the registrar still finds it in the ledger.
            boolean handedOver = form.ownerId() != null && form.ownerId() != user.id();
            redirect.addFlashAttribute(
                    "flash", handedOver ? "attraction.lead.created-handed-over" : "attraction.lead.created");
            return "redirect:/investment/leads/" + id;
        });
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_LEAD_EDIT + "')")
    String editForm(@PathVariable long id, CurrentUser user, Model model) {
        investment.requireChangeable(user, id);
        LeadView lead = investment.lead(user, id);
        model.addAttribute("preset", LeadPage.formOf(lead));
        return form(model, lead, Map.of());
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_LEAD_EDIT + "')")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute LeadForm form,
            BindingResult binding,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        // Refused as a page (403), not beside a form the registrar should not have been offered.
        investment.requireChangeable(user, id);
        model.addAttribute("preset", form);
        return formErrors.submit(binding, errors -> form(model, investment.lead(user, id), errors), () -> {
            investment.editLead(user, id, form);
            redirect.addFlashAttribute("flash", "admin.saved");
            return "redirect:/investment/leads/" + id;
        });
    }

    private String form(Model model, LeadView lead, Map<String, String> errors) {
        model.addAttribute("lead", lead);
        model.addAttribute("errors", errors);
        model.addAttribute("today", LocalDate.now(clock));
        LeadChoices.Offered offered = choices.firstPage();
        if (model.getAttribute("preset") instanceof LeadForm preset) {
            offered = choices.keepChosen(offered, preset.partnerId(), preset.referrerId());
        }
        choices.addTo(model, offered);
        return "investment/lead-form";
    }
}
