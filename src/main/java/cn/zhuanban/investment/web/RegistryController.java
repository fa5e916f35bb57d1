package cn.zhuanban.investment.web;

import cn.zhuanban.identity.Permissions;
import cn.zhuanban.investment.InvestmentCommands.PartnerForm;
import cn.zhuanban.investment.InvestmentCommands.ReferrerForm;
import cn.zhuanban.investment.InvestmentRegistry;
import cn.zhuanban.investment.InvestmentViews.PartnerView;
import cn.zhuanban.investment.InvestmentViews.ReferrerView;
import cn.zhuanban.investment.PartnerKind;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Partner organisations (funds, agencies) and registered referrers, for those who hold the registries. */
@Controller
class RegistryController {

    /** The registries are district-wide directories with contact data: their own permission, not every lead reader's. */
    static final String VIEW = "hasAuthority('" + Permissions.INVESTMENT_REGISTRY_VIEW + "')";

    private static final String EDIT = VIEW + " and hasAuthority('" + Permissions.INVESTMENT_LEAD_EDIT + "')";

    private final InvestmentRegistry registry;
    private final FormErrors formErrors;
    private final Clock clock;

    RegistryController(InvestmentRegistry registry, FormErrors formErrors, Clock clock) {
        this.registry = registry;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    @GetMapping("/investment/partners")
    @PreAuthorize(VIEW)
    String partners(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model,
            HttpServletRequest request) {
        model.addAttribute("q", q);
        model.addAttribute("result", registry.partners(q, PageQuery.ofList(page, size, 20)));
        return Paging.isHtmx(request) ? "investment/partners :: results" : "investment/partners";
    }

    @GetMapping({"/investment/partners/new", "/investment/partners/{id}/edit"})
    @PreAuthorize(EDIT)
    String partnerForm(@PathVariable(required = false) Long id, Model model) {
        PartnerView partner = id == null ? null : partner(id);
        return partnerForm(model, partner, partner == null ? PartnerForm.BLANK : PartnerForm.of(partner), Map.of());
    }

    @PostMapping({"/investment/partners", "/investment/partners/{id}"})
    @PreAuthorize(EDIT)
    String savePartner(
            @PathVariable(required = false) Long id,
            @Valid @ModelAttribute PartnerForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return formErrors.submit(
                binding, errors -> partnerForm(model, id == null ? null : partner(id), form, errors), () -> {
                    if (id == null) {
                        registry.createPartner(form);
                    } else {
                        registry.editPartner(id, form);
                    }
                    redirect.addFlashAttribute("flash", "admin.saved");
                    return "redirect:/investment/partners";
                });
    }

    @GetMapping("/investment/referrers")
    @PreAuthorize(VIEW)
    String referrers(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model,
            HttpServletRequest request) {
        model.addAttribute("q", q);
        model.addAttribute("result", registry.referrers(q, PageQuery.ofList(page, size, 20)));
        return Paging.isHtmx(request) ? "investment/referrers :: results" : "investment/referrers";
    }

    @GetMapping({"/investment/referrers/new", "/investment/referrers/{id}/edit"})
    @PreAuthorize(EDIT)
    String referrerForm(@PathVariable(required = false) Long id, Model model) {
        ReferrerView referrer = id == null ? null : referrer(id);
        return referrerForm(
                model, referrer, referrer == null ? ReferrerForm.BLANK : ReferrerForm.of(referrer), Map.of());
    }

    @PostMapping({"/investment/referrers", "/investment/referrers/{id}"})
    @PreAuthorize(EDIT)
    String saveReferrer(
            @PathVariable(required = false) Long id,
            @Valid @ModelAttribute ReferrerForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        ReferrerView existing = id == null ? null : referrer(id);
        return formErrors.submit(binding, errors -> referrerForm(model, existing, form, errors), () -> {
            if (id == null) {
                registry.registerReferrer(form);
            } else {
                registry.editReferrer(id, form);
            }
            redirect.addFlashAttribute("flash", "admin.saved");
            return "redirect:/investment/referrers";
        });
    }

    private PartnerView partner(long id) {
        return registry.partner(id).orElseThrow(() -> new NotFoundException("investment-partner", id));
    }

    private ReferrerView referrer(long id) {
        return registry.referrer(id).orElseThrow(() -> new NotFoundException("investment-referrer", id));
    }

    /** The page shows {@code form}: the stored partner when opened, what the user typed when refused. */
    private String partnerForm(Model model, PartnerView partner, PartnerForm form, Map<String, String> errors) {
        model.addAttribute("partner", partner);
        model.addAttribute("form", form);
        model.addAttribute("kinds", PartnerKind.values());
        model.addAttribute("errors", errors);
        return "investment/partner-form";
    }

    private String referrerForm(Model model, ReferrerView referrer, ReferrerForm form, Map<String, String> errors) {
        model.addAttribute("referrer", referrer);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("today", LocalDate.now(clock));
        return "investment/referrer-form";
    }
}
