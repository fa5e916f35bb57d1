package cn.zhuanban.enterpriseplan;

import cn.zhuanban.enterpriseplan.domain.MeasureStore;
import cn.zhuanban.enterpriseplan.domain.PlanRows.PlanRow;
import cn.zhuanban.identity.CheckedBeforeBinding;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.shared.NotFoundException;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The enterprise plan named in a path ({@code /enterprise-plans/{id}/…} or {@code …/{planId}/measures/…}), checked
 * before the form is read: a plan that does not exist or that the user does not see is a 404, not a 400 naming the
 * missing version or progress (the README promises existence and scope first). A measure in the path must be one of
 * the plan's latest version or of the one in force, the only ones whose measures are changed.
 */
@Component
public class PlanPaths implements CheckedBeforeBinding.PathCheck {

    private final EnterprisePlanAccess access;
    private final MeasureStore measures;

    PlanPaths(EnterprisePlanAccess access, MeasureStore measures) {
        this.access = access;
        this.measures = measures;
    }

    @Override
    public void check(Map<String, String> path, CurrentUser user) {
        boolean measurePath = path.containsKey("planId");
        PlanRow plan = access.load(
                CheckedBeforeBinding.PathCheck.number(path, measurePath ? "planId" : "id", "enterprise-plan"), user);
        if (measurePath && path.containsKey("id")) {
            long measureId = CheckedBeforeBinding.PathCheck.number(path, "id", "enterprise-plan-measure");
            long latest = access.version(plan, plan.latestNumber()).id();
            Long inForce = plan.approvedNumber() == null
                    ? null
                    : access.version(plan, plan.approvedNumber()).id();
            measures.versionOfMeasure(measureId)
                    .filter(v -> v == latest || v.equals(inForce))
                    .orElseThrow(() -> new NotFoundException("enterprise-plan-measure", measureId));
        }
    }
}
