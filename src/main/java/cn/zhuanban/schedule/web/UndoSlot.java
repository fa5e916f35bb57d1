package cn.zhuanban.schedule.web;

import cn.zhuanban.schedule.PlanCellUndo;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Where the plan table keeps, for each plan, the last cell change the user made in it ({@link PlanCellUndo.Change}):
 * in the user's session, so it is theirs alone, ends with the session, and is taken once. Only the last change of a
 * plan is worth keeping: any later change to the plan gives it a new version, on which an older undo is refused.
 */
@Component
class UndoSlot {

    private static final String PREFIX = UndoSlot.class.getName() + ".";

    void remember(PlanCellUndo.Change change) {
        session().setAttribute(PREFIX + change.projectId(), change, RequestAttributes.SCOPE_SESSION);
    }

    /** The user's last change in the plan, null without one. */
    PlanCellUndo.Change last(long projectId) {
        Object change = session().getAttribute(PREFIX + projectId, RequestAttributes.SCOPE_SESSION);
        return change instanceof PlanCellUndo.Change c ? c : null;
    }

    /** Forgets the last change: an undo is tried once, whether it is made or refused. */
    void forget(long projectId) {
        session().removeAttribute(PREFIX + projectId, RequestAttributes.SCOPE_SESSION);
    }

    private static RequestAttributes session() {
        return RequestContextHolder.currentRequestAttributes();
    }
}
