package cn.zhuanban.identity;

import cn.zhuanban.identity.domain.User;
import cn.zhuanban.identity.domain.UserRepository;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A new account's claim to its username. Login matches the username exactly, so {@code dispatch} and
 * {@code DISPATCH} would be two people one typo apart: a name equal to another ignoring case is taken. The check
 * before the insert gives the refusal; the unique column {@code username_key} (V205) stops two nodes that both
 * passed the check at the same instant, and the loser gets the same refusal, not an error page.
 */
@Component
class UsernameClaims {

    private final UserRepository users;
    private final TransactionTemplate savepoint;

    UsernameClaims(UserRepository users, PlatformTransactionManager transactions) {
        this.users = users;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Refuses {@code username} if an account of that name ignoring case exists, naming it. */
    void checkFree(String username) {
        List<String> taken = users.findUsernamesIgnoringCase(username);
        if (!taken.isEmpty()) {
            throw new BusinessException(ErrorCode.USERNAME_TAKEN, "username", username, taken.getFirst());
        }
    }

    /**
     * Inserts the new account. Under a savepoint: a violated unique key aborts the statement only, and PostgreSQL
     * then still answers the check, which names the account that came first (committed: the insert waited for it).
     * The only unique keys of an account besides its generated id are the username and its case-folded key.
     */
    User insert(User user) {
        try {
            return savepoint.execute(status -> users.save(user));
        } catch (DuplicateKeyException e) {
            checkFree(user.getUsername());
            throw new BusinessException(ErrorCode.USERNAME_TAKEN, "username", user.getUsername(), user.getUsername());
        }
    }
}
