package cn.zhuanban.identity;

import cn.zhuanban.identity.domain.AdminDutyPolicy;
import cn.zhuanban.identity.domain.Role;
import cn.zhuanban.identity.domain.RoleRepository;
import cn.zhuanban.identity.domain.User;
import cn.zhuanban.identity.domain.UserRepository;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.time.Clock;
import java.util.Collection;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * 三员分立 for roles and data scopes: the security administrator grants them, but not to an account holding another
 * administrator duty (he could turn the only auditor into a business user who reads everything, or into a second
 * security administrator), and no grant or disabling takes a duty from its last active holder, or the district would
 * be left without a system administrator, security administrator or auditor. The one change he may make to another
 * duty's account is taking the duty back, leaving it without any role: he gave it, so he can undo a mistaken or ended
 * appointment, as long as another active account keeps the duty.
 */
@Component
class AdministratorGrants {

    private final UserRepository users;
    private final RoleRepository roles;
    private final Clock clock;

    AdministratorGrants(UserRepository users, RoleRepository roles, Clock clock) {
        this.users = users;
        this.roles = roles;
        this.clock = clock;
    }

    /**
     * Refuses giving {@code target} the roles {@code granted}, see the class comment; true when the grant takes the
     * account's administrator duty back, for the audit log to say so.
     */
    boolean checkGrant(User target, Collection<Role> granted) {
        AdminDuty held = dutyOf(target);
        if (held == null) {
            return false;
        }
        boolean keepsDuty = AdminDutyPolicy.dutyOf(granted) == held;
        AdminDuty own = ownDuty(held);
        if (held != own && (keepsDuty || own != AdminDuty.SECURITY || !granted.isEmpty())) {
            throw new BusinessException(ErrorCode.GRANT_OTHER_ADMIN_ACCOUNT, "roleCodes", dutyName(held));
        }
        if (!keepsDuty) {
            checkNotLastHolder(target, held, "roleCodes");
        }
        return !keepsDuty;
    }

    /** Refuses disabling the last active holder of an administrator duty. */
    void checkDisable(User target) {
        AdminDuty held = dutyOf(target);
        if (held != null && target.isEnabled()) {
            checkNotLastHolder(target, held, "enabled");
        }
    }

    private void checkNotLastHolder(User target, AdminDuty duty, String field) {
        if (users.countOtherDutyHolders(duty.name(), target.getId(), clock.instant()) == 0) {
            throw new BusinessException(ErrorCode.LAST_DUTY_HOLDER, field, dutyName(duty));
        }
    }

    private AdminDuty dutyOf(User user) {
        return AdminDutyPolicy.dutyOf(roles.findAllById(user.roleIds()));
    }

    /** The current user's duty; work done by the system itself (no account) counts as of the same duty. */
    private AdminDuty ownDuty(AdminDuty otherwise) {
        return users.findByUsername(Actor.current().username())
                .map(this::dutyOf)
                .orElse(otherwise);
    }

    private static DefaultMessageSourceResolvable dutyName(AdminDuty duty) {
        return new DefaultMessageSourceResolvable(new String[] {"duty." + duty.name()}, null, duty.name());
    }
}
