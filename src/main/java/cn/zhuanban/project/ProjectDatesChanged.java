package cn.zhuanban.project;

import cn.zhuanban.shared.Actor;
import java.time.LocalDate;

/**
 * A key project's planned start or target finish was changed on its form. Not an audited event itself (the edit is),
 * but what the schedule follows: the plan is reverse-scheduled from the project's target, so a target moved on the
 * project form moves the plan's, instead of leaving the plan on the date it was created with.
 *
 * @param start the new planned start, null when it did not change
 * @param targetFinish the new target finish, null when it did not change
 */
public record ProjectDatesChanged(Actor actor, long projectId, LocalDate start, LocalDate targetFinish) {}
