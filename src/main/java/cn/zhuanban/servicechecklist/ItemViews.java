package cn.zhuanban.servicechecklist;

import cn.zhuanban.servicechecklist.domain.ItemJudge.Judgement;
import cn.zhuanban.servicechecklist.domain.ItemRow;
import java.util.Map;

/** Turns a row and its judgement into the view other modules and pages see. */
final class ItemViews {

    private ItemViews() {}

    static ServiceItemView view(ItemRow r, Judgement j, Map<Long, String> departments, Map<Long, String> people) {
        return new ServiceItemView(
                r.id(),
                r.projectId(),
                r.projectName(),
                r.kind(),
                r.name(),
                r.departmentId(),
                r.departmentId() == null ? null : departments.get(r.departmentId()),
                r.responsibleUserId(),
                r.responsibleUserId() == null ? null : people.get(r.responsibleUserId()),
                r.targetDate(),
                r.submittedOn(),
                r.limitDays(),
                r.limitUnit(),
                r.status(),
                r.documentNumber(),
                r.doneOn(),
                r.note(),
                j.due(),
                j.light(),
                j.alert(),
                j.behindPlan(),
                j.permitLapsesOn(),
                r.validityMonths() != null,
                r.extensionsUsed(),
                r.maxExtensions(),
                r.workStartedOn(),
                r.version());
    }
}
