package cn.zhuanban.schedule.web;

import cn.zhuanban.identity.Permissions;
import cn.zhuanban.schedule.ScheduleInput;
import cn.zhuanban.schedule.ScheduleView;
import cn.zhuanban.schedule.Scheduling;
import cn.zhuanban.shared.web.ApiController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** {@code POST /api/v1/schedule}: computes a schedule without storing it (api-contract.md, Scheduling). */
@ApiController("/api/v1/schedule")
class ScheduleApiController {

    private final Scheduling scheduling;

    ScheduleApiController(Scheduling scheduling) {
        this.scheduling = scheduling;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('" + Permissions.PLAN_VIEW + "')")
    ScheduleView compute(@RequestBody ScheduleInput input) {
        return scheduling.compute(input);
    }
}
