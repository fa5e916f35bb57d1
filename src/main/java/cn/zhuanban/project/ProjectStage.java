package cn.zhuanban.project;

/** Life-cycle stage of a key project (储备/前期/在建/竣工/投产). */
public enum ProjectStage {
    PLANNED,
    PRE_CONSTRUCTION,
    UNDER_CONSTRUCTION,
    COMPLETED,
    IN_PRODUCTION
}
