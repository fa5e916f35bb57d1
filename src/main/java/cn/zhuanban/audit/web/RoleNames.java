package cn.zhuanban.audit.web;

/** A role's name by its code, for the role codes that records of users and roles list; null when unknown. */
@FunctionalInterface
interface RoleNames {

    RoleNames NONE = code -> null;

    String name(String code);
}
