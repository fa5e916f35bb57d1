package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.DepartmentManagement.DepartmentForm;
import cn.zhuanban.identity.UserCommands.NewUser;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Deleting a department: refused with the reason while it has users or sub-departments, done when it is empty. */
@IntegrationTest
class DepartmentDeletionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    IdentityManagement identity;

    @Test
    void aDepartmentWithUsersIsKeptAndThePageSaysWhy() throws Exception {
        String name = "在用科室" + suffix();
        long id = departments.create(new DepartmentForm(null, name, "D" + suffix(), 0, 0));
        identity.createUser(new NewUser(
                IdentityTestUsers.uniqueUsername("member"),
                "科室成员",
                id,
                null,
                null,
                null,
                IdentityTestUsers.INITIAL_PASSWORD));

        String page = mvc.perform(post("/admin/departments/" + id + "/delete")
                        .session(WebTestSupport.login(mvc, "sysadmin"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("部门“" + name + "”下还有下级部门或用户，不能删除。").doesNotContain("{0}");
        assertThat(departments.find(id)).isPresent();
    }

    @Test
    void anEmptyDepartmentIsDeleted() throws Exception {
        long id = departments.create(new DepartmentForm(null, "空科室" + suffix(), "E" + suffix(), 0, 0));

        mvc.perform(post("/admin/departments/" + id + "/delete")
                        .session(WebTestSupport.login(mvc, "sysadmin"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/departments"));

        assertThat(departments.find(id)).isEmpty();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
