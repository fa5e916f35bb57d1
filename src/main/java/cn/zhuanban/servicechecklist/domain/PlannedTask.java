package cn.zhuanban.servicechecklist.domain;

import java.time.LocalDate;

/**
 * Where the plan row that stands for an item is: its latest finish from the reverse schedule ("must finish by"), and
 * its reported start and finish, if any.
 */
public record PlannedTask(LocalDate mustFinishBy, LocalDate startedOn, LocalDate finishedOn) {}
