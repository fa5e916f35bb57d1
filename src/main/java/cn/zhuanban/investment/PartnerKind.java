package cn.zhuanban.investment;

/** Partner organisations of attraction: investment funds, commissioned agencies, chambers, others. */
public enum PartnerKind {
    FUND,
    AGENCY,
    CHAMBER,
    OTHER
}
