package cn.zhuanban.ticket.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A department assisting the lead department: it sees the ticket and adds notes. */
@Table("ticket_co_department")
public record CoDepartment(Long departmentId) {}
