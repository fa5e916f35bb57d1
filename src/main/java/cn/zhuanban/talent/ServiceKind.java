package cn.zhuanban.talent;

/** Talent services: housing, schooling for children, subsidies, social-insurance transfer. */
public enum ServiceKind {
    HOUSING,
    SCHOOLING,
    SUBSIDY,
    SOCIAL_INSURANCE,
    OTHER
}
