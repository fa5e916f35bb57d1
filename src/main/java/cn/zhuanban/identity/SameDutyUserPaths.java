package cn.zhuanban.identity;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * An account to edit or whose password to reset, checked before the form is read: the account as {@link UserPaths}
 * checks it (404), then 三员分立 (403 when it holds another administrator duty). Resetting the security administrator's
 * password as the system administrator answered 200 with the refusal beside the password field, as if another
 * password could have been accepted, and a post without one was told it lacked the password.
 */
@Component
public class SameDutyUserPaths implements CheckedBeforeBinding.PathCheck {

    private final UserPaths users;
    private final IdentityManagement identity;

    SameDutyUserPaths(UserPaths users, IdentityManagement identity) {
        this.users = users;
        this.identity = identity;
    }

    @Override
    public void check(Map<String, String> path, CurrentUser user) {
        users.check(path, user);
        // a number: UserPaths refused anything else as not found
        if (identity.ofOtherDuty(Long.parseLong(path.get("id")))) {
            throw new BusinessException(ErrorCode.OTHER_ADMIN_ACCOUNT, (String) null);
        }
    }
}
