package cn.zhuanban.schedule;

import cn.zhuanban.shared.Actor;
import java.time.LocalDate;

/**
 * A row of a project's plan was reported finished on {@code finishedOn} (or its finish moved to that day), so that the
 * service checklist can close the item that stands for the same approval. Not audited itself: the plan change that
 * carries it is ({@link PlanChanged}).
 */
public record PlanTaskFinished(Actor actor, long projectId, String taskKey, LocalDate finishedOn) {}
