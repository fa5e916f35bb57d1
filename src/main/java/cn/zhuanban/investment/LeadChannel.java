package cn.zhuanban.investment;

/** How a lead came: 基金招商, 委托招商, 以商招商, 以链招商, exhibitions, other. */
public enum LeadChannel {
    FUND,
    COMMISSIONED_AGENT,
    BUSINESS_REFERRAL,
    CHAIN,
    EXHIBITION,
    OTHER
}
