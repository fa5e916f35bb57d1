package cn.zhuanban.dashboard.web;

import cn.zhuanban.dashboard.WorkbenchItem;
import cn.zhuanban.dashboard.WorkbenchItem.Row;
import cn.zhuanban.dashboard.WorkbenchItem.Urgency;
import cn.zhuanban.dashboard.WorkbenchSource;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.MlpsShortfall;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.SecurityWatch;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserDirectory.UserFilter.State;
import cn.zhuanban.identity.UserView;
import cn.zhuanban.shared.PageResult;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What waits for the system and security administrators, each count opening the admin page filtered to it: the
 * settings below MLPS level 3 (等保三级), locked accounts, enterprise accounts beyond the grant rule (企业账号越权), passwords about to expire, dormant accounts, the
 * administrators' sessions, pending first passwords. The audit administrator's cards are {@link AuditItems}.
 */
@Component
class AdministrationItems implements WorkbenchSource {

    private static final int ROWS = 5;

    private final UserDirectory users;
    private final SecurityWatch watch;
    private final MessageSource messages;

    AdministrationItems(UserDirectory users, SecurityWatch watch, MessageSource messages) {
        this.users = users;
        this.watch = watch;
        this.messages = messages;
    }

    @Override
    public List<WorkbenchItem> itemsFor(CurrentUser user) {
        List<WorkbenchItem> items = new ArrayList<>();
        if (user.can(Permissions.SECURITY_SETTINGS)) {
            List<MlpsShortfall> shortfalls = watch.shortfalls();
            items.add(new WorkbenchItem(
                    9,
                    "workbench.mlps-shortfalls",
                    shortfalls.size(),
                    "/admin/security",
                    shortfalls.isEmpty() ? Urgency.NORMAL : Urgency.DANGER,
                    shortfalls.stream()
                            .map(s -> new Row(shortfall(s), "/admin/security", null))
                            .toList()));
        }
        if (user.can(Permissions.USER_UNLOCK)) {
            items.add(accounts(10, "workbench.locked-users", State.LOCKED, Urgency.WARNING));
        }
        if (user.can(Permissions.USER_GRANT) && user.can(Permissions.USER_VIEW)) {
            // accounts granted more than an enterprise's before the rule refused it: each corrected on its grant form
            items.add(accounts(10, "workbench.enterprise-overreach", State.ENTERPRISE_OVERREACH, Urgency.DANGER));
        }
        if (user.can(Permissions.SECURITY_SETTINGS) && user.can(Permissions.USER_VIEW)) {
            items.add(accounts(11, "workbench.password-expiring", State.PASSWORD_EXPIRING, Urgency.WARNING));
            long dormant = watch.dormant();
            items.add(new WorkbenchItem(
                    12,
                    "workbench.dormant-users",
                    dormant,
                    "/admin/users?idleDays=" + watch.dormantDays(),
                    dormant > 0 ? Urgency.WARNING : Urgency.NORMAL,
                    dormant == 0
                            ? List.of()
                            : List.of(new Row(
                                    text("workbench.dormant-users.days", watch.dormantDays()),
                                    "/admin/security",
                                    null))));
        }
        if (user.can(Permissions.SESSION_MANAGE)) {
            items.add(new WorkbenchItem(
                    13,
                    "workbench.administrator-sessions",
                    watch.administratorSessions(),
                    "/admin/sessions?administrators=true",
                    Urgency.NORMAL,
                    List.of()));
        }
        if (user.can(Permissions.USER_EDIT)) {
            items.add(new WorkbenchItem(
                    14,
                    "workbench.password-pending",
                    users.countPasswordChangePending(),
                    "/admin/users",
                    Urgency.NORMAL,
                    List.of()));
        }
        return items;
    }

    private WorkbenchItem accounts(int order, String titleKey, State state, Urgency whenAny) {
        PageResult<UserView> found = watch.inState(state, ROWS);
        return new WorkbenchItem(
                order,
                titleKey,
                found.totalElements(),
                "/admin/users?state=" + state,
                found.totalElements() > 0 ? whenAny : Urgency.NORMAL,
                found.content().stream()
                        .map(u -> new Row(u.fullName(), "/admin/users/" + u.id() + "/edit", null))
                        .toList());
    }

    /** The settings page's own sentence, the roles it names joined as there. */
    private String shortfall(MlpsShortfall s) {
        return s.roles().isEmpty()
                ? text(s.key())
                : text(s.key(), String.join(text("security.mlps.role-separator"), s.roles()));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
