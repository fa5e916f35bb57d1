package cn.zhuanban.project.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A member of a task force, by user id (users belong to the identity module). */
@Table("task_force_member")
record TaskForceMember(Long userId) {}
