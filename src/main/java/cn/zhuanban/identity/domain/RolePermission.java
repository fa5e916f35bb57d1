package cn.zhuanban.identity.domain;

import org.springframework.data.relational.core.mapping.Table;

@Table("role_permission")
record RolePermission(String permission) {}
