package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.HtmlParts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.DepartmentManagement.DepartmentForm;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A parent department or a user's department that does not exist (deleted in another tab, or a tampered form) is
 * refused beside its field with what was typed kept; the database's foreign key used to end the save in an error page.
 */
@IntegrationTest
class DepartmentReferencesTests {

    private static final long UNKNOWN = 999_999_999L;
    private static final String REFUSAL = "所选项不存在或不可选（编号 " + UNKNOWN + "）";

    @Autowired
    MockMvc mvc;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Test
    void aNewDepartmentUnderAnUnknownParentIsRefusedBesideTheParent() throws Exception {
        String code = TestCodes.unique("P");

        String page = refused(post("/admin/departments")
                .param("parentId", Long.toString(UNKNOWN))
                .param("name", "新设科室")
                .param("code", code)
                .param("sortOrder", "4")
                .param("version", "0"));

        assertThat(select(page, "parentId")).contains("is-invalid");
        assertThat(HtmlParts.input(page, "department-form", "name")).contains("value=\"新设科室\"");
        assertThat(HtmlParts.input(page, "department-form", "code")).contains("value=\"" + code + "\"");
        assertThat(departments.findByCode(code)).isEmpty();
    }

    @Test
    void anEditedDepartmentMovedUnderAnUnknownParentIsRefusedAndKeepsItsParent() throws Exception {
        long parent = departments.create(new DepartmentForm(null, "上级科室", TestCodes.unique("Q"), 0, 0));
        String code = TestCodes.unique("R");
        long id = departments.create(new DepartmentForm(parent, "下级科室", code, 0, 0));

        String page = refused(post("/admin/departments/" + id)
                .param("parentId", Long.toString(UNKNOWN))
                .param("name", "改名科室")
                .param("code", code)
                .param("sortOrder", "0")
                .param(
                        "version",
                        Integer.toString(departments.find(id).orElseThrow().version())));

        assertThat(HtmlParts.input(page, "department-form", "name")).contains("value=\"改名科室\"");
        DepartmentView stored = departments.find(id).orElseThrow();
        assertThat(stored.parentId()).isEqualTo(parent);
        assertThat(stored.name()).isEqualTo("下级科室");
    }

    @Test
    void aNewUserInAnUnknownDepartmentIsRefusedBesideTheDepartment() throws Exception {
        String username = IdentityTestUsers.uniqueUsername("nodept");

        String page = refused(post("/admin/users")
                .param("username", username)
                .param("fullName", "无部门用户")
                .param("departmentId", Long.toString(UNKNOWN))
                .param("phone", "13900005555")
                .param("initialPassword", IdentityTestUsers.INITIAL_PASSWORD));

        assertThat(select(page, "departmentId")).contains("is-invalid");
        assertThat(HtmlParts.input(page, "user-form", "username")).contains("value=\"" + username + "\"");
        assertThat(HtmlParts.input(page, "user-form", "phone")).contains("value=\"13900005555\"");
        assertThat(directory.findByUsername(username)).isEmpty();
    }

    @Test
    void anEditedUserMovedToAnUnknownDepartmentIsRefusedAndStaysWhereHeWas() throws Exception {
        long department = departments.create(new DepartmentForm(null, "原属科室", TestCodes.unique("S"), 0, 0));
        String username = IdentityTestUsers.uniqueUsername("moved");
        long id = identity.createUser(new UserCommands.NewUser(
                username, "调动用户", department, null, null, null, IdentityTestUsers.INITIAL_PASSWORD));
        UserView before = directory.user(id);

        String page = refused(post("/admin/users/" + id)
                .param("fullName", "调动用户改")
                .param("departmentId", Long.toString(UNKNOWN))
                .param("phone", "13900006666")
                .param("enabled", "true")
                .param("version", Integer.toString(before.version())));

        assertThat(select(page, "departmentId")).contains("is-invalid");
        assertThat(HtmlParts.input(page, "user-form", "phone")).contains("value=\"13900006666\"");
        UserView after = directory.user(id);
        assertThat(after.departmentId()).isEqualTo(department);
        assertThat(after.fullName()).isEqualTo("调动用户");
        assertThat(after.version()).isEqualTo(before.version());
    }

    private String refused(MockHttpServletRequestBuilder request) throws Exception {
        String page = mvc.perform(
                        request.session(WebTestSupport.login(mvc, "sysadmin")).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(REFUSAL);
        return page;
    }

    private static String select(String page, String name) {
        Matcher m =
                Pattern.compile("<select[^>]*\\sname=\"" + name + "\"[^>]*>").matcher(page);
        assertThat(m.find()).as("select " + name).isTrue();
        return m.group();
    }
}
