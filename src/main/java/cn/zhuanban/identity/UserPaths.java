package cn.zhuanban.identity;

import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The account named in an admin path ({@code /admin/users/{id}/…}), checked before the form is read: an account that
 * does not exist is a 404, not a 400 naming the missing password, scope or version (the permission was checked before
 * already, so who lacks it gets 403 first).
 */
@Component
public class UserPaths implements CheckedBeforeBinding.PathCheck {

    private final UserDirectory directory;

    UserPaths(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void check(Map<String, String> path, CurrentUser user) {
        directory.user(CheckedBeforeBinding.PathCheck.number(path, "id", "user"));
    }
}
