package cn.zhuanban.calendar;

/**
 * What a district stop takes away, told before it is added: the working days of the construction calendar (5-day
 * week) it turns into rest days, and how many key projects have plan tasks in it.
 */
record StopImpact(int workingDays, int projects) {}
