package cn.zhuanban.investment.web;

import cn.zhuanban.identity.Permissions;
import cn.zhuanban.investment.InvestmentRegistry;
import cn.zhuanban.investment.RewardRule;
import cn.zhuanban.investment.RewardRule.Tier;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.web.FormErrors;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
        return page(
                model,
                registry.rewardRule().tiers(),
                registry.rewardRule().cap(),
                registry.staleWorkingDays(),
                Map.of());
    }

    @PostMapping("/investment/rules")
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_RULE_EDIT + "')")
    String save(
            @RequestParam List<BigDecimal> fromAmount,
            @RequestParam List<BigDecimal> ratePerMille,
            @RequestParam BigDecimal cap,
            @RequestParam int staleWorkingDays,
            Model model,
            RedirectAttributes redirect) {
        List<Tier> tiers = new ArrayList<>();
        for (int i = 0; i < Math.min(fromAmount.size(), ratePerMille.size()); i++) {
            if (fromAmount.get(i) != null && ratePerMille.get(i) != null) {
                tiers.add(new Tier(fromAmount.get(i), ratePerMille.get(i)));
            }
        }
        try {
            registry.saveRules(new RewardRule(tiers, cap), staleWorkingDays);
        } catch (BusinessException e) {
            return page(model, tiers, cap, staleWorkingDays, formErrors.of(e));
        }
        redirect.addFlashAttribute("flash", "admin.saved");
        return "redirect:/investment/rules";
    }

    private String page(Model model, List<Tier> tiers, BigDecimal cap, int staleDays, Map<String, String> errors) {
        List<Tier> rows = new ArrayList<>(tiers);
        rows.add(new Tier(null, null));
        model.addAttribute("tiers", rows);
        model.addAttribute("cap", cap);
        model.addAttribute("staleWorkingDays", staleDays);
        model.addAttribute("errors", errors);
        return "investment/rules";
    }
}
