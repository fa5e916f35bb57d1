package cn.zhuanban.notification.domain;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inserts a row unique by its idempotency key, or nothing if another transaction got there first.
 * The insert runs under a savepoint, so a duplicate key (two deliveries of one event at once, e.g.
 * from two nodes) rolls back only the insert, not the listener's whole transaction; portable SQL
 * instead of a vendor's "on conflict do nothing".
 */
@Component
class InsertOnce {

    private final TransactionTemplate savepoint;

    InsertOnce(PlatformTransactionManager transactions) {
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** True when inserted, false when the key was taken meanwhile. */
    boolean insert(Runnable insert) {
        try {
            savepoint.executeWithoutResult(status -> insert.run());
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
