package cn.zhuanban.investment;

import java.math.BigDecimal;

/** Whether a lead's referrer earns a reward, and how much (万元) once the investment is known. */
public record Referral(Status status, BigDecimal reward) {

    public enum Status {
        /** The lead has no referrer. */
        NONE,
        /** Not signed yet: the referral cannot be judged. */
        NOT_SIGNED,
        /**
         * Terminated without ever being signed: the referral was never judged and never will be, so it earns nothing
         * (not "judged at signing", as for a lead still under way).
         */
        TERMINATED_BEFORE_SIGNING,
        /** The referrer was registered on or after the signing day: no reward. */
        REGISTERED_TOO_LATE,
        /** Counts, but the fixed-asset investment actually formed is not known yet. */
        AWAITING_INVESTMENT,
        /** Counts; the reward is computed. */
        ELIGIBLE,
        /**
         * Counted at signing, but the lead was terminated afterwards with no fixed-asset investment formed: nothing
         * earns a reward, and none will be formed.
         */
        TERMINATED_AFTER_SIGNING,
        /**
         * Counted at signing, terminated afterwards, with fixed-asset investment formed before: the reward is for the
         * investment actually formed (domain §7), which the termination does not undo.
         */
        TERMINATED_WITH_INVESTMENT
    }

    public boolean counts() {
        return status == Status.AWAITING_INVESTMENT
                || status == Status.ELIGIBLE
                || status == Status.TERMINATED_WITH_INVESTMENT;
    }
}
