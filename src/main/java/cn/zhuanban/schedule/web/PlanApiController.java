package cn.zhuanban.schedule.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.schedule.PlanManagement;
import cn.zhuanban.schedule.PlanSheet;
import cn.zhuanban.schedule.ScheduleView;
import cn.zhuanban.shared.web.ApiController;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code GET /api/v1/projects/{id}/plan}: the stored plan's schedule, in the shape of the compute endpoint. Its
 * {@code ETag} is the plan's version, which a client sends back as {@code If-Match} with a file import so that the
 * file cannot silently replace a plan changed meanwhile (see {@link PlanVersionTag}).
 */
@ApiController("/api/v1/projects/{id}/plan")
class PlanApiController {

    private final PlanManagement plans;

    PlanApiController(PlanManagement plans) {
        this.plans = plans;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.PLAN_VIEW + "')")
    ResponseEntity<ScheduleView> plan(@PathVariable long id, CurrentUser user) {
        PlanSheet sheet = plans.sheet(id, user);
        return ResponseEntity.ok().eTag(PlanVersionTag.of(sheet)).body(sheet.schedule());
    }
}
