package cn.zhuanban.demo;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.RoleManagement;
import cn.zhuanban.identity.RoleView;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserView;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The seed runs before anyone logs in: it acts as demo users, each as the platform sees them after login. */
@Component
class DemoUsers {

    private final UserDirectory directory;
    private final RoleManagement roles;

    DemoUsers(UserDirectory directory, RoleManagement roles) {
        this.directory = directory;
        this.roles = roles;
    }

    /** The demo user with their scope and their roles' permissions. */
    CurrentUser as(String username) {
        UserView u = directory.findByUsername(username).orElseThrow();
        Set<String> permissions = new HashSet<>();
        for (RoleView role : roles.all()) {
            if (u.roles().contains(role.code())) {
                permissions.addAll(role.permissions());
            }
        }
        return new CurrentUser(
                u.id(),
                u.username(),
                u.fullName(),
                u.departmentId(),
                u.enterpriseId(),
                u.dataScope(),
                Set.copyOf(u.roles()),
                permissions);
    }
}
