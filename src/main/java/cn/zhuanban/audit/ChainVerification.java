package cn.zhuanban.audit;

/** The result of checking the hash chain: intact, or the id of the first record that breaks it. */
public record ChainVerification(boolean intact, long recordsChecked, Long firstBrokenId) {}
