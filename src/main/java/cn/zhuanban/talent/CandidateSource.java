package cn.zhuanban.talent;

/** Where a candidate in the pool came from. */
public enum CandidateSource {
    CAMPUS,
    JOB_FAIR,
    REFERRAL,
    ONLINE,
    RETURNEE,
    OTHER
}
