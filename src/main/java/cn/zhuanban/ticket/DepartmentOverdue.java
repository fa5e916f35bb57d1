package cn.zhuanban.ticket;

/** How many overdue tickets a department holds (the generated reports' "overdue by department"). */
public record DepartmentOverdue(long departmentId, String departmentName, long overdue) {}
