package cn.zhuanban.talent.rest;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.shared.web.ApiController;
import cn.zhuanban.talent.TalentCommands.DemandForm;
import cn.zhuanban.talent.TalentManagement;
import cn.zhuanban.talent.TalentViews.DemandFilter;
import cn.zhuanban.talent.TalentViews.DemandView;
import cn.zhuanban.talent.TalentViews.MatchView;
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
 * Talent demands over the API: the data-scoped, filtered and paged list (an enterprise contact gets
 * only their own enterprise's demands, anything else is 404), one demand, entering a demand, and
 * the candidates ranked for a demand with the parts of each score (names and contact data only for
 * holders of the talent permission).
 */
@ApiController("/api/v1/talent/demands")
class DemandApiController {

    private static final String VIEW = "hasAuthority('" + Permissions.TALENT_DEMAND_VIEW + "')";

    private final TalentManagement talent;

    DemandApiController(TalentManagement talent) {
        this.talent = talent;
    }

    @GetMapping
    @PreAuthorize(VIEW)
    PageResult<DemandView> list(
            @ModelAttribute DemandFilter filter,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            CurrentUser user) {
        return talent.demands(user, filter, PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    @PreAuthorize(VIEW)
    DemandView get(@PathVariable long id, CurrentUser user) {
        return talent.demand(user, id);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('" + Permissions.TALENT_DEMAND_EDIT + "')")
    ResponseEntity<DemandView> create(@Valid @RequestBody DemandForm form, CurrentUser user) {
        // A past 到岗时间 is refused by the service (400 naming neededBy and today), as on the form.
        long id = talent.createDemand(user, form);
        return ResponseEntity.created(URI.create("/api/v1/talent/demands/" + id))
                .body(talent.demand(user, id));
    }

    @GetMapping("/{id}/matches")
    @PreAuthorize(VIEW)
    PageResult<MatchView> matches(
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            CurrentUser user) {
        return talent.matches(user, id, PageQuery.of(page, size));
    }
}
