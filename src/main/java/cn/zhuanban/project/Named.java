package cn.zhuanban.project;

/** Something shown by name beside its id: a member, a department, a task force in a choice list. */
public record Named(long id, String name) {}
