package cn.zhuanban.enterpriseplan;

/** A version is edited as a draft; once approved it is read-only and a change needs a new version. */
public enum PlanStatus {
    DRAFT,
    APPROVED
}
