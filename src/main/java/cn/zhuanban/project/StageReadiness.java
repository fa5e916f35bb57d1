package cn.zhuanban.project;

import java.util.List;

/**
 * What another module still has open on a project that is about to be said to be under construction or in production
 * (the service checklist's approvals, the plan's tasks): the project form warns and asks to confirm before such a move
 * (audit D3). Implemented by the modules that hang off a project, so that the project module needs none of them.
 */
public interface StageReadiness {

    /** One kind of open work: a message key taking the count as its only argument, e.g. "3 checklist items open". */
    record OpenWork(String messageKey, long count) {}

    /** The open work of this module on {@code projectId} that speaks against {@code stage}; empty when none. */
    List<OpenWork> openBefore(long projectId, ProjectStage stage);

    /** Whether moving from {@code previous} to {@code next} is a move the form dates and checks: into 在建 or 投产. */
    static boolean checked(ProjectStage previous, ProjectStage next) {
        return previous != next
                && (next == ProjectStage.UNDER_CONSTRUCTION || next == ProjectStage.IN_PRODUCTION)
                && (previous == null || previous.ordinal() < next.ordinal());
    }
}
