package cn.zhuanban.shared;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Someone saved the record after the user read it. Carries the version stored now, so that a form can show the user's
 * input again with that version: a second, deliberate save then keeps what the user typed instead of failing again.
 */
public class ChangedMeanwhile extends OptimisticLockingFailureException {

    private final int storedVersion;

    public ChangedMeanwhile(String what, int storedVersion) {
        super(what + " changed meanwhile (now version " + storedVersion + ")");
        this.storedVersion = storedVersion;
    }

    public int storedVersion() {
        return storedVersion;
    }
}
