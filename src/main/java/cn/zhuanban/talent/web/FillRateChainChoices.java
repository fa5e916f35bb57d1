package cn.zhuanban.talent.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.industry.IndustryManagement;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PickList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The chain pick list of the fill rates' filter, as the other pick lists whose records outgrow a page: a page of the
 * chains whose name contains the search box's words ({@code chainQ}), the chosen one kept first. The list was the first
 * 200 chains by name, so a chain after them could not be chosen. An enterprise user sees no chains (the page filters
 * him by none).
 */
@Controller
class FillRateChainChoices {

    static final int CHOICES = 50;

    private final IndustryManagement industry;

    FillRateChainChoices(IndustryManagement industry) {
        this.industry = industry;
    }

    /** The chains offered for {@code q}, with {@code chosen} first when the page left it off. */
    List<ChainChoice> choices(CurrentUser user, String q, Long chosen) {
        if (DataScope.ENTERPRISE.equals(user.dataScope())) {
            return List.of();
        }
        List<ChainChoice> page = industry.chains(q, new PageQuery(0, CHOICES)).content().stream()
                .map(c -> new ChainChoice(c.id(), c.name()))
                .toList();
        return PickList.keepingChosen(page, chosen, ChainChoice::id, this::find);
    }

    /** The chain's name beside its id, for the 按产业链 section of a chain chosen beyond the first page. */
    Optional<ChainChoice> find(long id) {
        return Optional.ofNullable(industry.chainNamesOf(List.of(id)).get(id)).map(name -> new ChainChoice(id, name));
    }

    /** The options alone, for the search box beside the pick list (htmx). */
    @GetMapping("/talent/fill-rates/chain-choices")
    @PreAuthorize("hasAuthority('" + Permissions.TALENT_DEMAND_VIEW + "')")
    String options(
            @RequestParam(required = false) String chainQ,
            @RequestParam(required = false) Long chainId,
            CurrentUser user,
            Model model) {
        model.addAttribute("chainChoices", choices(user, chainQ, chainId));
        model.addAttribute("chainId", chainId);
        return "talent/fill-rates :: chainChoices";
    }

    record ChainChoice(long id, String name) {}
}
