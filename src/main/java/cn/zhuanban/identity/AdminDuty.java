package cn.zhuanban.identity;

/** The three administrator duties of MLPS level 3 (三员分立); no account may hold two of them. */
public enum AdminDuty {
    SYSTEM,
    SECURITY,
    AUDIT
}
