package cn.zhuanban.schedule;

import java.time.LocalDate;

/**
 * A plan row whose progress is owed: by its schedule it should have started ({@code finish} false) or finished
 * ({@code finish} true) by {@code due}, and no actual start or finish says so.
 */
public record ProgressDue(long projectId, String key, String name, boolean finish, LocalDate due) {}
