package cn.zhuanban.talent;

/** What staff recorded for a candidate on a demand: contact, interview, hire, or declined. */
public enum MatchStep {
    CONTACTED,
    INTERVIEWED,
    HIRED,
    DECLINED;

    /** From {@code from} (null: nothing recorded yet) to this step. */
    public boolean follows(MatchStep from) {
        if (from == null) {
            return this == CONTACTED;
        }
        return switch (from) {
            case CONTACTED -> this == INTERVIEWED || this == DECLINED;
            case INTERVIEWED -> this == HIRED || this == DECLINED;
            case HIRED, DECLINED -> false;
        };
    }
}
