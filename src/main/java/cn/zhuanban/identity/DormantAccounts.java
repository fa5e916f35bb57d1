package cn.zhuanban.identity;

import cn.zhuanban.identity.domain.SecuritySettings;
import cn.zhuanban.identity.domain.User;
import cn.zhuanban.identity.domain.UserRepository;
import cn.zhuanban.shared.Actor;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MLPS level 3 asks for unused accounts to be disabled: accounts without a login (or, never logged in, created) for
 * more days than the security setting allows are disabled, each recorded in the audit log. Accounts holding an
 * administrator duty stay: the platform must keep someone who can enable accounts again.
 */
@Service
@Transactional
public class DormantAccounts {

    private final UserRepository users;
    private final SecuritySettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DormantAccounts(UserRepository users, SecuritySettings settings, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** Disables the dormant accounts now; returns how many. Nothing while the setting is 0. */
    public int disable() {
        int days = settings.dormantDays();
        if (days <= 0) {
            return 0;
        }
        List<User> dormant =
                users.findAllById(users.findDormantIds(clock.instant().minus(Duration.ofDays(days))));
        for (User user : dormant) {
            user.setEnabled(false);
            users.save(user);
            events.publishEvent(new UserAccountChanged(
                    Actor.current(), "user.disabled-dormant", user.getId(), Integer.toString(days)));
        }
        return dormant.size();
    }
}
