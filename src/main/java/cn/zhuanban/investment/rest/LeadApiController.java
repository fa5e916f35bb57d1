package cn.zhuanban.investment.rest;

import cn.zhuanban.identity.CheckedBeforeBinding;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.investment.InvestmentCommands.FollowUpForm;
import cn.zhuanban.investment.InvestmentCommands.LeadForm;
import cn.zhuanban.investment.InvestmentCommands.StageMove;
import cn.zhuanban.investment.InvestmentManagement;
import cn.zhuanban.investment.InvestmentViews.FollowUpView;
import cn.zhuanban.investment.InvestmentViews.LeadFilter;
import cn.zhuanban.investment.InvestmentViews.LeadRow;
import cn.zhuanban.investment.InvestmentViews.LeadView;
import cn.zhuanban.investment.LeadFollowUps;
import cn.zhuanban.investment.LeadPaths;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.shared.web.ApiController;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Investment leads over the API: the data-scoped, filtered and paged ledger, one lead (404 outside
 * the scope), creating a lead, moving its stage (a move the stage machine refuses, or one past signing before the
 * lead became a key project → 409) and its
 * follow-ups.
 */
@ApiController("/api/v1/investment/leads")
class LeadApiController {

    private static final String VIEW = "hasAuthority('" + Permissions.INVESTMENT_LEAD_VIEW + "')";
    private static final String EDIT = "hasAuthority('" + Permissions.INVESTMENT_LEAD_EDIT + "')";

    private final InvestmentManagement investment;
    private final LeadFollowUps followUps;

    LeadApiController(InvestmentManagement investment, LeadFollowUps followUps) {
        this.investment = investment;
        this.followUps = followUps;
    }

    @GetMapping
    @PreAuthorize(VIEW)
    PageResult<LeadRow> list(
            @ModelAttribute LeadFilter filter,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            CurrentUser user) {
        return investment.leads(user, filter, PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    @PreAuthorize(VIEW)
    LeadResource get(@PathVariable long id, CurrentUser user) {
        return resource(user, id);
    }

    @PostMapping
    @PreAuthorize(EDIT)
    ResponseEntity<LeadResource> create(@Valid @RequestBody LeadForm form, CurrentUser user) {
        long id = investment.createLead(user, form);
        return ResponseEntity.created(URI.create("/api/v1/investment/leads/" + id))
                .body(resource(user, id));
    }

    @PostMapping("/{id}/moves")
    @CheckedBeforeBinding(LeadPaths.class)
    @PreAuthorize(EDIT)
    LeadResource move(@PathVariable long id, @Valid @RequestBody StageMove move, CurrentUser user) {
        investment.move(user, id, move);
        return resource(user, id);
    }

    private LeadResource resource(CurrentUser user, long id) {
        LeadView lead = investment.lead(user, id);
        return LeadResource.of(lead, investment.movesByHand(user, lead));
    }

    @GetMapping("/{id}/follow-ups")
    @PreAuthorize(VIEW)
    PageResult<FollowUpView> followUps(
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            CurrentUser user) {
        return followUps.followUps(user, id, PageQuery.of(page, size));
    }

    @PostMapping("/{id}/follow-ups")
    @CheckedBeforeBinding(LeadPaths.class)
    @PreAuthorize(EDIT)
    ResponseEntity<PageResult<FollowUpView>> followUp(
            @PathVariable long id, @Valid @RequestBody FollowUpForm form, CurrentUser user) {
        followUps.followUp(user, id, form);
        // The first page: the new follow-up leads it unless it was dated before others.
        return ResponseEntity.created(URI.create("/api/v1/investment/leads/" + id + "/follow-ups"))
                .body(followUps.followUps(user, id, PageQuery.of(0, null)));
    }
}
