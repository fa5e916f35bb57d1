package cn.zhuanban.investment.web;

import cn.zhuanban.identity.Permissions;
import cn.zhuanban.investment.InvestmentRegistry;
import cn.zhuanban.investment.RewardRule;
import cn.zhuanban.investment.RewardRule.Tier;
import cn.zhuanban.shared.Amount;
import cn.zhuanban.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The rules as data: reward tiers per mille with their cap, and the working days before a lead is stale. */
@Controller
class RulesController {

    private final InvestmentRegistry registry;
    private final FormErrors formErrors;

    RulesController(InvestmentRegistry registry, FormErrors formErrors) {
        this.registry = registry;
        this.formErrors = formErrors;
    }

    @GetMapping("/investment/rules")
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_RULE_EDIT + "')")
    String rules(Model model) {
        RulesForm stored = new RulesForm(
                null, null, registry.rewardRule().cap(), registry.staleWorkingDays(), registry.rulesVersion());
        return page(model, TierRow.of(registry.rewardRule().tiers()), stored, Map.of());
    }

    /**
     * What the form sends. Cap and stale days are checked here as well as in the browser: a request that skips the
     * browser's checks (blank, a word, a number too large for an int or the column) comes back to the form with the message at the
     * field instead of the error page.
     */
    record RulesForm(
            List<@Amount BigDecimal> fromAmount,
            List<BigDecimal> ratePerMille,

            @NotNull(message = "{validation.required}") @PositiveOrZero(message = "{validation.not-negative}") @Amount
            BigDecimal cap,

            @NotNull(message = "{validation.required}")
            @Min(value = 1, message = "{validation.positive}")
            @Max(value = 250, message = "{validation.max-value}")
            Integer staleWorkingDays,

            /** The version of the rules the form was opened at; a form without one counts as opened at none. */
            Integer version) {

        List<Tier> tiers() {
            List<Tier> tiers = new ArrayList<>();
            int rows = Math.min(size(fromAmount), size(ratePerMille));
            for (int i = 0; i < rows; i++) {
                if (fromAmount.get(i) != null && ratePerMille.get(i) != null) {
                    tiers.add(new Tier(fromAmount.get(i), ratePerMille.get(i)));
                }
            }
            return tiers;
        }

        private static int size(List<?> list) {
            return list == null ? 0 : list.size();
        }
    }

    @PostMapping("/investment/rules")
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_RULE_EDIT + "')")
    String save(
            @Valid RulesForm form,
            BindingResult binding,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        return formErrors.submit(binding, errors -> page(model, TierRow.typed(request), form, errors), () -> {
            registry.saveRules(
                    new RewardRule(form.tiers(), form.cap()),
                    form.staleWorkingDays(),
                    form.version() == null ? -1 : form.version());
            redirect.addFlashAttribute("flash", "admin.saved");
            return "redirect:/investment/rules";
        });
    }

    private String page(Model model, List<TierRow> tiers, RulesForm form, Map<String, String> errors) {
        List<TierRow> rows = new ArrayList<>(tiers);
        rows.add(new TierRow("", ""));
        model.addAttribute("tiers", rows);
        model.addAttribute("cap", form.cap());
        model.addAttribute("staleWorkingDays", form.staleWorkingDays());
        model.addAttribute(
                "version",
                errors.getOrDefault(
                        FormErrors.STORED_VERSION,
                        form.version() == null ? "" : form.version().toString()));
        model.addAttribute("errors", tierErrorsTogether(errors));
        return "investment/rules";
    }

    /**
     * A tier as the page shows it: as stored, or as typed when the form is refused. A word in one amount left the whole
     * list unbound, and the page came back with every tier gone; a row with one of its two values blank was dropped.
     */
    record TierRow(String fromAmount, String ratePerMille) {

        static List<TierRow> of(List<Tier> tiers) {
            return tiers.stream()
                    .map(t -> new TierRow(
                            t.fromAmount().toString(), t.ratePerMille().toString()))
                    .toList();
        }

        static List<TierRow> typed(HttpServletRequest request) {
            String[] from = typed(request, "fromAmount");
            String[] rate = typed(request, "ratePerMille");
            List<TierRow> rows = new ArrayList<>();
            for (int i = 0; i < Math.max(from.length, rate.length); i++) {
                TierRow row = new TierRow(i < from.length ? from[i] : "", i < rate.length ? rate[i] : "");
                if (!row.fromAmount().isBlank() || !row.ratePerMille().isBlank()) {
                    rows.add(row);
                }
            }
            return rows;
        }

        private static String[] typed(HttpServletRequest request, String name) {
            String[] values = request.getParameterValues(name);
            return values == null ? new String[0] : values;
        }
    }

    /**
     * An unreadable or too large amount or rate ({@code fromAmount}, {@code fromAmount[2]}) is told above the tiers,
     * where the page shows what is wrong with them.
     */
    private static Map<String, String> tierErrorsTogether(Map<String, String> errors) {
        Map<String, String> shown = new LinkedHashMap<>();
        errors.forEach((field, message) -> {
            boolean tier = field.startsWith("fromAmount") || field.startsWith("ratePerMille");
            shown.putIfAbsent(tier ? "tiers" : field, message);
        });
        return shown;
    }
}
