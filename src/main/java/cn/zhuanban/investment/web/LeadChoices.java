package cn.zhuanban.investment.web;

import cn.zhuanban.identity.BuiltinRoles;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserView;
import cn.zhuanban.industry.ChainViews.NodeView;
import cn.zhuanban.industry.IndustryManagement;
import cn.zhuanban.investment.FollowUpKind;
import cn.zhuanban.investment.InvestmentRegistry;
import cn.zhuanban.investment.InvestmentViews.LeadRow;
import cn.zhuanban.investment.InvestmentViews.PartnerView;
import cn.zhuanban.investment.InvestmentViews.ReferrerView;
import cn.zhuanban.investment.LeadChannel;
import cn.zhuanban.investment.LeadStage;
import cn.zhuanban.shared.PageQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What lead pages choose from (owners, partners, referrers, chain nodes) and the names shown beside ids. */
@Component
class LeadChoices {

    private static final List<String> OWNER_ROLES = List.of(
            BuiltinRoles.DISPATCH_OFFICE,
            BuiltinRoles.LEAD_OFFICIAL,
            BuiltinRoles.TASK_FORCE_MEMBER,
            BuiltinRoles.DEPARTMENT_HANDLER,
            BuiltinRoles.DISTRICT_LEADER);

    private final UserDirectory users;
    private final InvestmentRegistry registry;
    private final IndustryManagement industry;

    LeadChoices(UserDirectory users, InvestmentRegistry registry, IndustryManagement industry) {
        this.users = users;
        this.registry = registry;
        this.industry = industry;
    }

    /** The partners and referrers a lead form offers. */
    record Offered(List<PartnerView> partners, List<ReferrerView> referrers) {}

    /** What the lead list filters by: stage, channel and chain node (no owners, partners or referrers to load). */
    void addFilters(Model model) {
        model.addAttribute("stages", LeadStage.values());
        model.addAttribute("channels", LeadChannel.values());
        model.addAttribute("nodes", industry.allNodes());
    }

    void addTo(Model model, Offered offered) {
        model.addAttribute("stages", LeadStage.values());
        model.addAttribute("channels", LeadChannel.values());
        model.addAttribute("followUpKinds", FollowUpKind.values());
        model.addAttribute("owners", owners());
        model.addAttribute("partners", offered.partners());
        model.addAttribute("referrers", offered.referrers());
        model.addAttribute("nodes", industry.allNodes());
    }

    /** The first page (200) of partners and of referrers. */
    Offered firstPage() {
        return new Offered(
                registry.partners(new PageQuery(0, PageQuery.MAX_SIZE)).content(),
                registry.referrers(new PageQuery(0, PageQuery.MAX_SIZE)).content());
    }

    /**
     * The form's own partner and referrer stay offered though past the first page of either (200): otherwise the
     * select showed nothing chosen and the next save dropped them.
     */
    Offered keepChosen(Offered offered, Long partnerId, Long referrerId) {
        return new Offered(
                withChosen(offered.partners(), partnerId, registry::partner, PartnerView::id),
                withChosen(offered.referrers(), referrerId, registry::referrer, ReferrerView::id));
    }

    private static <T> List<T> withChosen(
            List<T> offered, Long chosen, Function<Long, Optional<T>> find, ToLongFunction<T> id) {
        if (chosen == null || offered.stream().anyMatch(o -> id.applyAsLong(o) == chosen)) {
            return offered;
        }
        List<T> all = new ArrayList<>();
        find.apply(chosen).ifPresent(all::add);
        all.addAll(offered);
        return all;
    }

    /** Owner names and node labels for a page of leads: two queries, whatever the page size. */
    void namesFor(Collection<LeadRow> rows, Model model) {
        model.addAttribute(
                "ownerNames",
                users.namesOf(rows.stream().map(LeadRow::ownerId).distinct().toList()));
        model.addAttribute("nodeLabels", nodeLabels(rows.stream().map(LeadRow::chainNodeId)));
    }

    Map<Long, String> nodeLabels(Stream<Long> ids) {
        Map<Long, String> labels = new LinkedHashMap<>();
        industry.nodes(ids.filter(Objects::nonNull).distinct().toList()).forEach(n -> labels.put(n.id(), n.label()));
        return labels;
    }

    List<NodeView> nodes() {
        return industry.allNodes();
    }

    private List<UserView> owners() {
        return OWNER_ROLES.stream()
                .flatMap(role -> users.withRole(role).stream())
                .filter(u -> u.enterpriseId() == null)
                .distinct()
                .toList();
    }
}
