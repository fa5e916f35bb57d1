package cn.zhuanban.enterprise;

/** An enterprise in a choice list or beside an id elsewhere: its id, name and credit code. */
public record EnterpriseOption(long id, String name, String creditCode) {}
