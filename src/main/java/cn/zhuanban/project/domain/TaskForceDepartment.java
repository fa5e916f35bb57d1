package cn.zhuanban.project.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A department taking part in a task force, by department id. */
@Table("task_force_department")
record TaskForceDepartment(Long departmentId) {}
