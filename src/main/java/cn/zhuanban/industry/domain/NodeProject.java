package cn.zhuanban.industry.domain;

import org.springframework.data.relational.core.mapping.Table;

@Table("chain_node_project")
record NodeProject(Long projectId) {}
