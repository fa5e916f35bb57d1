package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.identity.UserCommands.NewUser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The people a business pick list offers (a service item's responsible person, a meeting action's owner, a task
 * force's members, a department's head) are enabled accounts holding a business role: under 三员分立 the
 * administrators hold none, and an account without any role cannot act.
 */
@cn.zhuanban.IntegrationTest
class BusinessPickListTests {

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Test
    void administratorsAndAccountsWithoutARoleAreNotOffered() {
        long department = directory.findByUsername("handler").orElseThrow().departmentId();
        String username = IdentityTestUsers.uniqueUsername("norole");
        long roleless = identity.createUser(
                new NewUser(username, "无角色", department, null, null, null, IdentityTestUsers.INITIAL_PASSWORD));
        long sysadminInDepartment = IdentityTestUsers.createWithRole(
                identity, directory, IdentityTestUsers.uniqueUsername("sys"), BuiltinRoles.SYSTEM_ADMIN);
        identity.editUser(
                sysadminInDepartment,
                new UserCommands.EditUser(
                        "部门里的管理员",
                        department,
                        null,
                        null,
                        null,
                        true,
                        directory.user(sysadminInDepartment).version()));

        List<String> staff = usernames(directory.staff());
        assertThat(staff).contains("handler", "dispatch", "taskforce");
        assertThat(staff).doesNotContain("sysadmin", "secadmin", "auditor", username);
        assertThat(usernames(directory.staff(null, 1000))).doesNotContain("sysadmin", "secadmin", "auditor", username);
        assertThat(usernames(directory.staff("norole", 1000))).isEmpty();
        assertThat(usernames(directory.staff("handler", 1000))).contains("handler");
        assertThat(directory.departmentStaff().stream().map(UserView::id))
                .doesNotContain(roleless, sysadminInDepartment);
        assertThat(directory.departmentStaff(department).stream().map(UserView::id))
                .contains(directory.findByUsername("handler").orElseThrow().id())
                .doesNotContain(roleless, sysadminInDepartment);
    }

    private static List<String> usernames(List<UserView> users) {
        return users.stream().map(UserView::username).toList();
    }
}
