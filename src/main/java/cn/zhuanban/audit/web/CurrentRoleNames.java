package cn.zhuanban.audit.web;

import cn.zhuanban.identity.RoleManagement;
import cn.zhuanban.identity.RoleView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The roles' names as they are now, read at most once a minute: a page of the log names many roles, and a renamed
 * role reads by its new name (the stored code stays on hover).
 */
@Component
class CurrentRoleNames implements RoleNames {

    private static final Duration FRESH = Duration.ofMinutes(1);

    private final RoleManagement roles;
    private final Clock clock;
    private volatile Map<String, String> names = Map.of();
    private volatile Instant readAt = Instant.MIN;

    CurrentRoleNames(RoleManagement roles, Clock clock) {
        this.roles = roles;
        this.clock = clock;
    }

    @Override
    public String name(String code) {
        Instant now = clock.instant();
        if (readAt.plus(FRESH).isBefore(now)) {
            names = roles.all().stream().collect(Collectors.toMap(RoleView::code, RoleView::name, (a, b) -> a));
            readAt = now;
        }
        return names.get(code);
    }
}
