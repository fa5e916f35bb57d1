package cn.zhuanban.identity;

import cn.zhuanban.identity.UserCommands.EditUser;
import cn.zhuanban.identity.UserCommands.Grant;
import cn.zhuanban.identity.UserCommands.NewUser;
import cn.zhuanban.identity.domain.AdminDutyPolicy;
import cn.zhuanban.identity.domain.PasswordHistory;
import cn.zhuanban.identity.domain.Role;
import cn.zhuanban.identity.domain.RoleRepository;
import cn.zhuanban.identity.domain.SecuritySettings;
import cn.zhuanban.identity.domain.User;
import cn.zhuanban.identity.domain.UserRepository;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ChangeSummary;
import cn.zhuanban.shared.ChangedMeanwhile;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts: creation and editing by the system administrator, roles and data scope by the
 * security administrator, passwords and language by their owner. Every change is published as
 * {@link UserAccountChanged} for the audit log.
 */
@Service
@Transactional
public class IdentityManagement {

    private final UserRepository users;
    private final UsernameClaims usernames;
    private final UserReferences references;
    private final AdministratorGrants administratorGrants;
    private final RoleRepository roles;
    private final PasswordEncoder encoder;
    private final SecuritySettings settings;
    private final PasswordHistory history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IdentityManagement(
            UserRepository users,
            UsernameClaims usernames,
            UserReferences references,
            AdministratorGrants administratorGrants,
            RoleRepository roles,
            PasswordEncoder encoder,
            SecuritySettings settings,
            PasswordHistory history,
            ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.usernames = usernames;
        this.references = references;
        this.administratorGrants = administratorGrants;
        this.roles = roles;
        this.encoder = encoder;
        this.settings = settings;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    public long createUser(NewUser command) {
        // Equal ignoring case is taken too; login still matches exactly what was stored.
        usernames.checkFree(command.username());
        references.check(command.departmentId(), command.enterpriseId());
        settings.passwordPolicy().check(command.username(), command.initialPassword());
        User user = User.create(
                command.username(), command.fullName(), encoder.encode(command.initialPassword()), clock.instant());
        user.describe(
                command.fullName(), command.departmentId(), command.enterpriseId(), command.phone(), command.email());
        if (command.enterpriseId() != null) {
            // An account of an enterprise starts scoped to it, so the grant form offers 本企业, not the whole district.
            user.grant(Set.of(), DataScope.ENTERPRISE);
        }
        user = usernames.insert(user);
        publish("user.created", user, "username=" + user.getUsername() + ", name=" + user.getFullName());
        return user.getId();
    }

    public void editUser(long id, EditUser command) {
        User user = load(id);
        checkSameDuty(user);
        checkVersion(user.getVersion(), command.version());
        references.check(command.departmentId(), command.enterpriseId());
        if (!command.enabled()) {
            administratorGrants.checkDisable(user);
        }
        List<Role> held = roles.findAllById(user.roleIds());
        GrantScopePolicy.checkLink(user, command.enterpriseId(), held);
        boolean linked =
                command.enterpriseId() != null && !command.enterpriseId().equals(user.getEnterpriseId());
        String before = describe(user);
        String scopeChange = "";
        if (linked && held.isEmpty() && user.getDataScope() != DataScope.ENTERPRISE) {
            // As a new account of an enterprise: the grant form then offers 本企业, the only scope it may have.
            scopeChange = "; dataScope: " + user.getDataScope() + " → " + DataScope.ENTERPRISE;
            user.grant(Set.of(), DataScope.ENTERPRISE);
        }
        user.describe(
                command.fullName(), command.departmentId(), command.enterpriseId(), command.phone(), command.email());
        user.setEnabled(command.enabled());
        users.save(user);
        publish("user.updated", user, before + " → " + describe(user) + scopeChange);
    }

    /**
     * Sets a user's roles and data scope. Nobody grants to their own account: an administrator who
     * could widen their own rights would undo the separation of duties (三员分立), so another
     * security administrator has to do it; nor to an account of another administrator duty, except to take that duty
     * back, and no grant takes a duty from its last active holder ({@link AdministratorGrants}).
     */
    public void grant(long id, Grant command) {
        User user = load(id);
        if (user.getUsername().equals(Actor.current().username())) {
            throw new BusinessException(ErrorCode.GRANT_OWN_ACCOUNT, "roleCodes");
        }
        checkVersion(user.getVersion(), command.version());
        List<Role> granted = command.roleCodes().stream()
                .map(code -> roles.findByCode(code).orElseThrow(() -> new NotFoundException("role", code)))
                .toList();
        AdminDutyPolicy.checkOneDuty(granted);
        boolean takesDutyBack = administratorGrants.checkGrant(user, granted);
        String before = roleCodes(user) + " / " + user.getDataScope();
        DataScope scope = Objects.requireNonNullElse(command.dataScope(), DataScope.ALL);
        GrantScopePolicy.check(user, granted, scope);
        user.grant(granted.stream().map(Role::getId).collect(java.util.stream.Collectors.toSet()), scope);
        users.save(user);
        publish(
                takesDutyBack ? "user.duty-revoked" : "user.granted",
                user,
                before + " → " + roleCodes(user) + " / " + scope);
    }

    public void resetPassword(long id, String newPassword) {
        User user = load(id);
        checkSameDuty(user);
        settings.passwordPolicy().check(user.getUsername(), newPassword);
        history.replaced(user.getId(), user.getPasswordHash(), clock.instant(), settings.passwordHistory() - 1);
        user.resetPassword(encoder.encode(newPassword));
        users.save(user);
        publish("user.password-reset", user, "");
    }

    public void changeOwnPassword(long id, String currentPassword, String newPassword) {
        User user = load(id);
        if (!encoder.matches(currentPassword, user.getPasswordHash())) {
            throw new BusinessException(ErrorCode.PASSWORD_WRONG, "currentPassword");
        }
        // The current password and the ones before it, as many as the setting says in all.
        int generations = settings.passwordHistory();
        if (encoder.matches(newPassword, user.getPasswordHash())
                || history.repeats(user.getId(), newPassword, generations - 1, encoder)) {
            throw new BusinessException(ErrorCode.PASSWORD_REUSED, "newPassword", generations);
        }
        settings.passwordPolicy().check(user.getUsername(), newPassword);
        history.replaced(user.getId(), user.getPasswordHash(), clock.instant(), generations - 1);
        user.changePassword(encoder.encode(newPassword), clock.instant());
        users.save(user);
        publish("user.password-changed", user, "");
    }

    public void unlock(long id) {
        User user = load(id);
        user.unlock();
        users.save(user);
        publish("user.unlocked", user, "");
    }

    public void changeLocale(long id, String locale) {
        User user = load(id);
        if (!Objects.equals(user.getLocale(), locale)) {
            String before = user.getLocale();
            user.setLocale(locale);
            users.save(user);
            publish("user.locale-changed", user, ChangeSummary.text(before) + " → " + ChangeSummary.text(locale));
        }
    }

    /** For seeded and imported accounts whose owners already chose their passwords. */
    public void waivePasswordChange(long id) {
        User user = load(id);
        if (user.isPasswordChangeRequired()) {
            user.waivePasswordChange(clock.instant());
            users.save(user);
            publish("user.password-change-waived", user, "");
        }
    }

    /**
     * Waives the password change only while the account's password is {@code knownPassword} (a seeded demo account
     * that logs in with the documented password); an account given a one-time password must still change it at its
     * first login. Says whether the password was the known one.
     */
    public boolean waivePasswordChangeIfPasswordIs(long id, String knownPassword) {
        if (!encoder.matches(knownPassword, load(id).getPasswordHash())) {
            return false;
        }
        waivePasswordChange(id);
        return true;
    }

    private User load(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    /**
     * 三员分立: an administrator does not edit, disable or reset the password of an account holding another duty, or the
     * system administrator could take over the security administrator's and auditor's accounts. A second administrator
     * of the same duty may (one recovers the other); work done by the system itself (no account) is not held back.
     */
    private void checkSameDuty(User target) {
        if (ofOtherDuty(target)) {
            throw new BusinessException(ErrorCode.OTHER_ADMIN_ACCOUNT, (String) null);
        }
    }

    /**
     * Whether the account holds an administrator duty other than the current user's, so that he may not edit, disable
     * or reset it: for showing such an account read-only instead of forms that would only be refused.
     */
    @Transactional(readOnly = true)
    public boolean ofOtherDuty(long id) {
        return ofOtherDuty(load(id));
    }

    private boolean ofOtherDuty(User target) {
        AdminDuty duty = AdminDutyPolicy.dutyOf(roles.findAllById(target.roleIds()));
        if (duty == null) {
            return false;
        }
        AdminDuty own = users.findByUsername(Actor.current().username())
                .map(actor -> AdminDutyPolicy.dutyOf(roles.findAllById(actor.roleIds())))
                .orElse(duty);
        return own != duty;
    }

    private static void checkVersion(int actual, int expected) {
        if (actual != expected) {
            throw new ChangedMeanwhile("user", actual);
        }
    }

    private String roleCodes(User user) {
        Set<Long> ids = user.roleIds();
        return roles.findAllById(ids).stream()
                .map(Role::getCode)
                .sorted()
                .toList()
                .toString();
    }

    private static String describe(User user) {
        return "name=%s, dept=%s, enterprise=%s, phone=%s, email=%s, enabled=%s"
                .formatted(
                        user.getFullName(),
                        user.getDepartmentId(),
                        user.getEnterpriseId(),
                        user.getPhone(),
                        user.getEmail(),
                        user.isEnabled());
    }

    private void publish(String action, User user, String summary) {
        events.publishEvent(new UserAccountChanged(Actor.current(), action, user.getId(), summary));
    }
}
