package cn.zhuanban.talent.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.talent.MatchStep;
import cn.zhuanban.talent.TalentManagement;
import cn.zhuanban.talent.TalentViews.DemandView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** A demand with its ranked candidates, the parts of each score, and the steps recorded. */
@Component
class DemandPage {

    private final TalentManagement talent;
    private final TalentNames names;
    private final Clock clock;

    DemandPage(TalentManagement talent, TalentNames names, Clock clock) {
        this.talent = talent;
        this.names = names;
        this.clock = clock;
    }

    String show(CurrentUser user, long id, Integer page, Model model, Map<String, String> errors) {
        DemandView demand = talent.demand(user, id);
        model.addAttribute("demand", demand);
        model.addAttribute("matches", talent.matches(user, id, PageQuery.of(page, 20)));
        model.addAttribute(
                "enterpriseNames",
                names.enterprises(Stream.of(demand.enterpriseId()).toList()));
        model.addAttribute(
                "projectNames", names.projects(Stream.of(demand.projectId()).toList()));
        model.addAttribute("projectLinked", names.projectVisible(demand.projectId(), user));
        model.addAttribute("steps", MatchStep.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("errors", errors);
        return "talent/demand";
    }
}
