package cn.zhuanban.meeting;

/** A staff member who recorded contacts, as a choice of the contact list's filter. */
public record ContactStaff(long userId, String name) {}
