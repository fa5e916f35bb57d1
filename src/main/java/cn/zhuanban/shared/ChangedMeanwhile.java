package cn.zhuanban.shared;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Someone saved the record after the user read it. Carries the version stored now, so that a form can show the user's
 * input again with that version: a second, deliberate save then keeps what the user typed instead of failing again.
 */
public class ChangedMeanwhile extends OptimisticLockingFailureException {

    private final int storedVersion;
    private final String messageKey;

    public ChangedMeanwhile(String what, int storedVersion) {
        this(what, storedVersion, null);
    }

    /**
     * The same, said to an API client in the words of {@code messageKey} (what changed, e.g. "this ticket") instead of
     * the general message; null for the general one.
     */
    public ChangedMeanwhile(String what, int storedVersion, String messageKey) {
        super(what + " changed meanwhile (now version " + storedVersion + ")");
        this.storedVersion = storedVersion;
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public int storedVersion() {
        return storedVersion;
    }
}
