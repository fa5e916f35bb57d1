package cn.zhuanban.identity;

import cn.zhuanban.identity.UserDirectory.UserFilter;
import cn.zhuanban.identity.domain.SecuritySettings;
import cn.zhuanban.identity.security.OnlineSessions;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the security administrator watches, each figure with the filter of the admin page that lists it: the settings
 * below MLPS level 3, locked accounts, passwords about to expire, dormant accounts and the administrators' sessions.
 */
@Service
@Transactional(readOnly = true)
public class SecurityWatch {

    /** Days without a login that count as dormant while the security setting disables no account. */
    public static final int DEFAULT_DORMANT_DAYS = 90;

    private final MlpsBaseline baseline;
    private final UserDirectory users;
    private final SecuritySettings settings;
    private final OnlineSessions sessions;

    SecurityWatch(MlpsBaseline baseline, UserDirectory users, SecuritySettings settings, OnlineSessions sessions) {
        this.baseline = baseline;
        this.users = users;
        this.settings = settings;
        this.sessions = sessions;
    }

    public List<MlpsShortfall> shortfalls() {
        return baseline.shortfalls();
    }

    /** The first accounts in the state and how many there are. */
    public PageResult<UserView> inState(UserFilter.State state, int rows) {
        return users.users(new UserFilter(null, null, null, null, state), new PageQuery(0, rows));
    }

    /** The days without a login after which an account counts as dormant: the setting, or 90 while it is off. */
    public int dormantDays() {
        int days = settings.dormantDays();
        return days > 0 ? days : DEFAULT_DORMANT_DAYS;
    }

    public long dormant() {
        return users.users(new UserFilter(null, null, null, dormantDays(), null), new PageQuery(0, 1))
                .totalElements();
    }

    /** Live sessions of accounts holding an administrator duty role. */
    public long administratorSessions() {
        return sessions.page(null, true, "", new PageQuery(0, 1)).totalElements();
    }
}
