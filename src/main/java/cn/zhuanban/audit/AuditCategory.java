package cn.zhuanban.audit;

import java.util.Set;

/**
 * Kinds of records the auditor looks at together, each a fixed set of action codes: what the audit administrator's
 * workbench counts for today and the log's filter of the same name lists.
 */
public enum AuditCategory {
    /** Requests refused for want of a permission or outside the data scope. */
    ACCESS_REFUSED(Set.of("access.refused")),
    /** Logins refused: a wrong password, a locked or disabled account, a wrong one-time code. */
    LOGIN_FAILED(Set.of("login.failed", "login.refused-locked", "login.refused-disabled", "second-factor.failed")),
    /** What the system and security administrators changed: accounts, roles, departments, settings, sessions. */
    ADMINISTRATION(Set.of(
            "user.created",
            "user.updated",
            "user.granted",
            "user.duty-revoked",
            "user.password-reset",
            "user.recovered",
            "user.password-change-waived",
            "user.unlocked",
            "user.disabled-dormant",
            "department.created",
            "department.updated",
            "department.deleted",
            "role.created",
            "role.updated",
            "security.setting-changed",
            "session.ended",
            "second-factor.reset")),
    /** Files that left the system: ledger exports and the talent pool. */
    EXPORTS(Set.of("ledger.exported", "talent.candidate.exported"));

    private final Set<String> actions;

    AuditCategory(Set<String> actions) {
        this.actions = actions;
    }

    public Set<String> actions() {
        return actions;
    }
}
