package cn.zhuanban.servicechecklist;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Runs a listener's work again when another transaction changed the same service item meanwhile. Two plan changes in
 * quick succession (a baseline saved, then a duration changed) reach the checklist as two events handled at once; the
 * one that saved second failed on the item's version, and its target waited for the event resubmission job, a
 * quarter of an hour later. Each attempt must run in a transaction of its own (the caller runs outside one), so that it
 * reads what the other committed.
 */
final class ConcurrentEdits {

    static final int ATTEMPTS = 3;

    private ConcurrentEdits() {}

    static void retried(Runnable work) {
        for (int attempt = 1; ; attempt++) {
            try {
                work.run();
                return;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e; // left to the event resubmission job
                }
            }
        }
    }
}
