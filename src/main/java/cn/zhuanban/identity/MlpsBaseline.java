package cn.zhuanban.identity;

import cn.zhuanban.identity.domain.Role;
import cn.zhuanban.identity.domain.RoleRepository;
import cn.zhuanban.identity.domain.SecondFactorPolicy;
import cn.zhuanban.identity.domain.SecuritySettings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The security settings MLPS level 3 (等保三级) asks for: a second factor for the three administrators, a finite number
 * of sessions per account and one for each administrator duty role, dormant accounts disabled. A fresh production
 * database ({@code postgres} profile, no demo district) starts with them ({@link IdentityBootstrap}); the demo and the
 * tests (H2, public demo passwords) keep the relaxed ones so that their administrators log in with the password alone.
 * Whatever the database, every start logs a warning while a setting falls short, and the security settings page says
 * which ones (with no global session limit, the roles that have none of their own either); it also hints at an administrator role that may hold more than one session, by a limit of its own or,
 * without one, by the global limit (above 1 or unlimited), against the usual level-3 practice of one.
 */
@Component
@Order(10)
public class MlpsBaseline implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MlpsBaseline.class);

    /** Concurrent sessions per account on a fresh production database: an office PC, a laptop and a phone. */
    static final int SESSIONS_PER_USER = 3;

    /** Concurrent sessions of an administrator duty role on a fresh production database: one place at a time. */
    static final int SESSIONS_PER_ADMINISTRATOR = 1;

    /** Days without a login before an account is disabled on a fresh production database. */
    static final int DORMANT_DAYS = 90;

    private final SecuritySettings settings;
    private final RoleRepository roles;
    private final boolean freshDefaults;

    MlpsBaseline(
            SecuritySettings settings,
            RoleRepository roles,
            @Value("${zhuanban.security.mlps-defaults:false}") boolean mlpsDefaults,
            @Value("${zhuanban.demo.enabled:false}") boolean demo) {
        this.settings = settings;
        this.roles = roles;
        this.freshDefaults = mlpsDefaults && !demo;
    }

    /** On the first start of an empty database: the MLPS level 3 settings, where configured (see the class comment). */
    void applyToFreshDatabase() {
        if (!freshDefaults) {
            return;
        }
        settings.set(SecuritySettings.SECOND_FACTOR_REQUIRED, SecondFactorPolicy.ADMINISTRATORS.ordinal());
        settings.set(SecuritySettings.SESSIONS_PER_USER, SESSIONS_PER_USER);
        settings.set(SecuritySettings.DORMANT_DAYS, DORMANT_DAYS);
        administratorRoles().forEach(code -> settings.setSessionsPerRole(code, SESSIONS_PER_ADMINISTRATOR));
        log.info(
                "First start: MLPS level 3 security settings (second factor for administrators, {} sessions per"
                        + " account and {} per administrator role, dormant accounts disabled after {} days)",
                SESSIONS_PER_USER,
                SESSIONS_PER_ADMINISTRATOR,
                DORMANT_DAYS);
    }

    /** The settings that fall short of MLPS level 3; empty when none does. */
    public List<MlpsShortfall> shortfalls() {
        List<MlpsShortfall> shortfalls = new ArrayList<>();
        if (settings.secondFactorPolicy() == SecondFactorPolicy.NOBODY) {
            shortfalls.add(MlpsShortfall.of("security.mlps.second-factor"));
        }
        unlimitedSessions().ifPresent(shortfalls::add);
        if (settings.dormantDays() == 0) {
            shortfalls.add(MlpsShortfall.of("security.mlps.dormant"));
        }
        if (administratorRoleWithSeveralSessions()) {
            shortfalls.add(MlpsShortfall.of("security.mlps.admin-sessions"));
        }
        return shortfalls;
    }

    /**
     * Sessions not limited for some accounts: with no global limit (0), the roles without a limit of their own. None
     * when every role has one (an account gets the smallest of its roles'); all of them said as "every account", some
     * named, so that the security administrator sees which to set.
     */
    private Optional<MlpsShortfall> unlimitedSessions() {
        if (settings.sessionsPerUser() != 0) {
            return Optional.empty();
        }
        Map<String, Integer> perRole = settings.sessionsPerRole();
        List<Role> all = roles.findAll().stream()
                .sorted(Comparator.comparing(Role::getId))
                .toList();
        List<String> unlimited = all.stream()
                .filter(role -> !perRole.containsKey(role.getCode()))
                .map(Role::getName)
                .toList();
        if (unlimited.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                unlimited.size() == all.size()
                        ? MlpsShortfall.of("security.mlps.sessions")
                        : new MlpsShortfall("security.mlps.sessions-roles", unlimited));
    }

    /**
     * Whether a role of an administrator duty may hold more than one session (a hint only): by a limit of its own
     * above 1, or, without one, by the global limit when that is above 1 or unlimited (0).
     */
    private boolean administratorRoleWithSeveralSessions() {
        Map<String, Integer> perRole = settings.sessionsPerRole();
        int global = settings.sessionsPerUser();
        return administratorRoles().stream()
                .map(perRole::get)
                .anyMatch(limit -> limit != null ? limit > 1 : global != 1);
    }

    /** The codes of the roles of an administrator duty (system, security and audit administration). */
    private List<String> administratorRoles() {
        return roles.findAll().stream()
                .filter(role -> role.getAdminDuty() != null)
                .map(Role::getCode)
                .toList();
    }

    @Override
    public void run(ApplicationArguments args) {
        List<MlpsShortfall> shortfalls = shortfalls();
        if (!shortfalls.isEmpty()) {
            log.warn(
                    "Security settings below MLPS level 3 ({}): the security administrator sets them on /admin/security"
                            + " (relaxed on purpose in the demo district)",
                    shortfalls.stream().map(MlpsShortfall::key).toList());
        }
    }
}
