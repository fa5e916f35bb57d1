package cn.zhuanban.investment.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.investment.InvestmentCommands.LeadForm;
import cn.zhuanban.investment.InvestmentManagement;
import cn.zhuanban.investment.InvestmentViews.FollowUpView;
import cn.zhuanban.investment.InvestmentViews.LeadRow;
import cn.zhuanban.investment.InvestmentViews.LeadView;
import cn.zhuanban.investment.InvestmentViews.StageMoveView;
import cn.zhuanban.investment.LeadFollowUps;
import cn.zhuanban.investment.LeadStage;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The lead page: profile, stage history and moves, contract figures, referral, follow-ups. */
@Component
class LeadPage {

    private final InvestmentManagement investment;
    private final LeadFollowUps followUpsOfLeads;
    private final LeadChoices choices;
    private final UserDirectory users;
    private final ProjectReads projects;
    private final Clock clock;

    LeadPage(
            InvestmentManagement investment,
            LeadFollowUps followUpsOfLeads,
            LeadChoices choices,
            UserDirectory users,
            ProjectReads projects,
            Clock clock) {
        this.projects = projects;
        this.investment = investment;
        this.followUpsOfLeads = followUpsOfLeads;
        this.choices = choices;
        this.users = users;
        this.clock = clock;
    }

    static final int FOLLOW_UPS_PER_PAGE = 20;

    String show(CurrentUser user, long id, Model model, Map<String, String> errors) {
        return show(user, id, 0, model, errors);
    }

    /** {@code page}: the page of the follow-ups card. */
    String show(CurrentUser user, long id, int page, Model model, Map<String, String> errors) {
        LeadView lead = investment.lead(user, id);
        PageResult<FollowUpView> followUpPage =
                followUpsOfLeads.followUps(user, id, new PageQuery(Math.max(page, 0), FOLLOW_UPS_PER_PAGE));
        List<FollowUpView> followUps = followUpPage.content();
        model.addAttribute("lead", lead);
        model.addAttribute("row", lead.row());
        model.addAttribute("followUps", followUps);
        model.addAttribute("followUpPage", followUpPage);
        model.addAttribute("errors", errors);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("signed", lead.stage().isSigned());
        model.addAttribute("nextMoves", investment.movesByHand(user, lead));
        // The registrar of a lead handed over sees it read-only: no edit, move, contract or follow-up forms.
        boolean changeable = investment.mayChange(user, id);
        model.addAttribute("changeable", changeable);
        model.addAttribute("registrarOnly", !changeable && user.can(Permissions.INVESTMENT_LEAD_EDIT));
        model.addAttribute(
                "names",
                users.namesOf(Stream.concat(
                                Stream.of(lead.row().ownerId()),
                                followUps.stream().map(FollowUpView::recordedBy))
                        .distinct()
                        .toList()));
        // The history keeps who moved the lead by login name; the page shows the person's name (audit D8). A lead's
        // history holds a handful of moves by one or two people: a look-up each.
        Map<String, String> movers = new HashMap<>();
        lead.history().stream()
                .filter(m -> !m.bySystem() && m.movedBy() != null)
                .map(StageMoveView::movedBy)
                .distinct()
                .forEach(username -> users.findByUsername(username).ifPresent(u -> movers.put(username, u.fullName())));
        model.addAttribute("movers", movers);
        model.addAttribute("nodeLabels", choices.nodeLabels(Stream.of(lead.row().chainNodeId())));
        model.addAttribute("followUpKinds", cn.zhuanban.investment.FollowUpKind.values());
        model.addAttribute("terminated", lead.stage() == LeadStage.TERMINATED);
        // The lineage both ways (domain.md §7): the key project, linked when the user sees it, else only named.
        Long projectId = lead.row().projectId();
        model.addAttribute(
                "project",
                projectId == null ? null : projects.summary(projectId).orElse(null));
        model.addAttribute("projectVisible", projectId != null && projects.isVisible(projectId, user));
        return "investment/lead";
    }

    static LeadForm formOf(LeadView lead) {
        LeadRow r = lead.row();
        return new LeadForm(
                r.targetCompany(),
                r.channel(),
                lead.partnerId(),
                lead.referrerId(),
                r.chainNodeId(),
                lead.industry(),
                r.expectedInvestment(),
                r.expectedJobs(),
                r.ownerId(),
                r.nextAction(),
                r.nextActionOn(),
                lead.description(),
                lead.createdOn(),
                lead.version());
    }
}
