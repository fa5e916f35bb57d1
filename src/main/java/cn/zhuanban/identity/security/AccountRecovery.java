package cn.zhuanban.identity.security;

import cn.zhuanban.identity.UserAccountChanged;
import cn.zhuanban.identity.domain.User;
import cn.zhuanban.identity.domain.UserRepository;
import cn.zhuanban.shared.Actor;
import java.io.PrintStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operator's way back in when the only administrator of a duty is locked out (三员分立 means no other
 * administrator may reset him): {@code --zhuanban.recover-account=<username>} at start-up gives that account a fresh
 * one-time password, printed once on the server console, to be changed at the next login; it also enables and unlocks
 * the account and removes its second factor. Recorded in the audit log as done by the system. Nothing else happens,
 * and nothing at all without the option: whoever can start the server with it could read the database anyway.
 */
@Component
@Order(1)
class AccountRecovery implements ApplicationRunner {

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final OneTimePasswords passwords;
    private final SecondFactors secondFactors;
    private final ApplicationEventPublisher events;
    private final String username;
    PrintStream console = System.out;

    AccountRecovery(
            UserRepository users,
            PasswordEncoder encoder,
            OneTimePasswords passwords,
            SecondFactors secondFactors,
            ApplicationEventPublisher events,
            @Value("${zhuanban.recover-account:}") String username) {
        this.users = users;
        this.encoder = encoder;
        this.passwords = passwords;
        this.secondFactors = secondFactors;
        this.events = events;
        this.username = username.strip();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (username.isEmpty()) {
            return;
        }
        User user = users.findByUsername(username).orElse(null);
        if (user == null) {
            console.println("zhuanban.recover-account: no account named " + username + "; nothing changed.");
            return;
        }
        String password = passwords.draw(username);
        user.resetPassword(encoder.encode(password));
        user.setEnabled(true);
        users.save(user);
        secondFactors.reset(user.getId());
        events.publishEvent(
                new UserAccountChanged(Actor.of(Actor.SYSTEM), "user.recovered", user.getId(), "username=" + username));
        console.println("zhuanban.recover-account: one-time password for " + username + ": " + password);
        console.println("It must be changed at the next login. Start the server without the option from now on.");
    }
}
