package cn.zhuanban.identity.security;

import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;

/**
 * When a login learns an account's state. A lock is told before the password is checked: names that are no account
 * lock after as many failures as accounts do, so it says nothing about which names exist. That an account is
 * disabled or expired is told only to whoever typed its password: told first, as Spring does by default, it answered
 * "停用" to any password and so confirmed the name to anyone guessing.
 */
final class AccountStateChecks {

    private AccountStateChecks() {}

    static final UserDetailsChecker BEFORE_PASSWORD = user -> {
        if (!user.isAccountNonLocked()) {
            throw new LockedException("locked");
        }
    };

    static final UserDetailsChecker AFTER_PASSWORD = AccountStateChecks::afterPassword;

    private static void afterPassword(UserDetails user) {
        if (!user.isEnabled()) {
            throw new DisabledException("disabled");
        }
        if (!user.isAccountNonExpired()) {
            throw new AccountExpiredException("expired");
        }
        if (!user.isCredentialsNonExpired()) {
            throw new CredentialsExpiredException("credentials expired");
        }
    }
}
