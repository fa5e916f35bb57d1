package cn.zhuanban.industry;

/** Where a node sits in the chain: upstream supplies midstream, midstream supplies downstream. */
public enum ChainSegment {
    UPSTREAM,
    MIDSTREAM,
    DOWNSTREAM
}
