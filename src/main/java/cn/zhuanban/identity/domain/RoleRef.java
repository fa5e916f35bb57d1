package cn.zhuanban.identity.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A user's reference to a role, by id: roles are their own aggregate. */
@Table("user_role")
record RoleRef(Long roleId) {}
