package cn.zhuanban.serviceevaluation;

/**
 * An enterprise's answer about the service it receives, on the scale of a ticket's feedback so that both satisfaction
 * rates read alike: (satisfied + basically satisfied) / rated.
 */
public enum ServiceRating {
    SATISFIED,
    BASICALLY_SATISFIED,
    DISSATISFIED;

    public boolean satisfied() {
        return this != DISSATISFIED;
    }
}
