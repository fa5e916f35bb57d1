package cn.zhuanban.talent.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.talent.DemandStatus;
import cn.zhuanban.talent.TalentManagement;
import cn.zhuanban.talent.TalentViews.DemandFilter;
import cn.zhuanban.talent.TalentViews.DemandView;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The demand checkboxes of the recruitment event form: first the demands ticked and those the event already serves
 * (closed ones too), whatever the search, since a box left off the list is dropped on saving; then a page of the open
 * demands that match the search box's words. A district has more open demands than a page lists.
 */
@Component
class EventDemandChoices {

    /** Open demands listed before anyone searches: a phone shows this many boxes without getting lost. */
    static final int PAGE = 30;

    private final TalentManagement talent;
    private final TalentNames names;

    EventDemandChoices(TalentManagement talent, TalentNames names) {
        this.talent = talent;
        this.names = names;
    }

    void addTo(Model model, CurrentUser user, String q, Collection<Long> ticked, Collection<Long> served) {
        List<DemandView> kept = talent.demandsOf(
                user, Stream.concat(ticked.stream(), served.stream()).toList());
        Set<Long> keptIds = Set.copyOf(kept.stream().map(DemandView::id).toList());
        PageResult<DemandView> open =
                talent.demands(user, new DemandFilter(q, null, null, DemandStatus.OPEN, null), new PageQuery(0, PAGE));
        List<DemandView> others =
                open.content().stream().filter(d -> !keptIds.contains(d.id())).toList();
        model.addAttribute("keptDemands", kept);
        model.addAttribute("openDemands", others);
        model.addAttribute("openDemandsTotal", open.totalElements());
        model.addAttribute("openDemandsListed", open.content().size());
        model.addAttribute(
                "tickedDemands",
                Set.copyOf(ticked.stream().filter(Objects::nonNull).toList()));
        model.addAttribute(
                "demandEnterprises",
                names.enterprises(Stream.concat(kept.stream(), others.stream())
                        .map(DemandView::enterpriseId)
                        .distinct()
                        .toList()));
    }
}
