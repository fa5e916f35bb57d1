package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.ExportedSheet;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.DepartmentManagement.DepartmentForm;
import cn.zhuanban.identity.RoleManagement.RoleForm;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The department tree and the roles as XLSX for their administrators: a department with its parent and its path from
 * the top, a role with its kind, scope and permissions in words; each file only for who may read its page.
 */
@IntegrationTest
class IdentityLedgerExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    RoleManagement roles;

    @Test
    void theDepartmentFileIsTheTreeFlatWithEachDepartmentsParentAndPath() throws Exception {
        DepartmentView zrzy = departments.findByCode("ZRZY").orElseThrow();
        String name = TestCodes.unique("导出科");
        String code = TestCodes.unique("EXP").toUpperCase(Locale.ROOT);
        departments.create(new DepartmentForm(zrzy.id(), name, code, 7, 0));
        assertThat(WebTestSupport.page(mvc, "sysadmin", "/admin/departments")).contains("id=\"department-export\"");

        ExportedSheet sheet = ExportedSheet.download(mvc, "sysadmin", "/admin/departments/export");

        assertThat(sheet.header()).containsExactly("部门名称", "部门编码", "上级部门", "部门负责人", "部门路径", "排序");
        List<String> row = sheet.rowsStartingWith(name).getFirst();
        assertThat(row.subList(0, 4)).containsExactly(name, code, zrzy.name(), "");
        assertThat(row.get(4)).endsWith(zrzy.name() + " / " + name);
        assertThat(row.get(5)).isEqualTo("7");
    }

    @Test
    void theRoleFileNamesEachRolesKindScopeAndPermissionsInWords() throws Exception {
        String code = TestCodes.unique("EXPORT_").toUpperCase(Locale.ROOT);
        roles.create(new RoleForm(
                code,
                "导出测试角色",
                "说明",
                DataScope.DEPARTMENT,
                Set.of(Permissions.TICKET_EXPORT, Permissions.PROJECT_VIEW),
                0));

        ExportedSheet sheet = ExportedSheet.download(mvc, "secadmin", "/admin/roles/export");

        assertThat(sheet.header()).containsExactly("角色编码", "角色名称", "类型", "管理员职责", "数据范围", "权限", "说明");
        assertThat(sheet.rowsStartingWith(code))
                .containsExactly(List.of(code, "导出测试角色", "自定义", "", "本部门承办", "查看项目、导出问题工单", "说明"));
        assertThat(sheet.rowsStartingWith(BuiltinRoles.SECURITY_ADMIN)
                        .getFirst()
                        .subList(2, 4))
                .containsExactly("内置", "安全管理员");
    }

    @Test
    void theDepartmentPageAndItsFileFindDepartmentsByNameOrCodeWithWildcardsAsTyped() throws Exception {
        long zrzy = departments.findByCode("ZRZY").orElseThrow().id();
        String base = TestCodes.unique("检索科");
        String code = TestCodes.unique("FIND").toUpperCase(Locale.ROOT);
        departments.create(new DepartmentForm(zrzy, base + "_一", code + "A", 1, 0));
        departments.create(new DepartmentForm(zrzy, base + "甲一", code + "B", 2, 0));

        assertThat(departments.treeMatching(base + "_一"))
                .extracting(DepartmentView::name)
                .containsExactly(base + "_一");
        assertThat(departments.treeMatching(code)).hasSize(2).allMatch(d -> d.depth() > 0);
        String page = WebTestSupport.page(mvc, "sysadmin", "/admin/departments?q=" + base + "_");
        assertThat(page.substring(page.indexOf("id=\"department-tree\""), page.indexOf("id=\"department-form\"")))
                .contains(base + "_一")
                .doesNotContain(base + "甲一");

        ExportedSheet sheet = ExportedSheet.download(mvc, "sysadmin", "/admin/departments/export?q=" + code);

        assertThat(sheet.rows()).hasSize(3);
        assertThat(sheet.rowsStartingWith(base + "甲一")).hasSize(1);
    }

    @Test
    void theRolePageAndItsFileFindRolesByCodeOrNameWithWildcardsAsTyped() throws Exception {
        String code = TestCodes.unique("FIND").toUpperCase(Locale.ROOT);
        roles.create(new RoleForm(code + "_A", "检索角色", null, DataScope.DEPARTMENT, Set.of(), 0));
        roles.create(new RoleForm(code + "XA", "检索角色", null, DataScope.DEPARTMENT, Set.of(), 0));

        assertThat(roles.matching(code)).hasSize(2);
        assertThat(roles.matching(code.toLowerCase(Locale.ROOT) + "_a"))
                .extracting(RoleView::code)
                .containsExactly(code + "_A");
        assertThat(WebTestSupport.page(mvc, "secadmin", "/admin/roles?q=" + code + "_"))
                .contains(code + "_A")
                .doesNotContain(code + "XA");
        // paged in the database, by id like the whole list
        String first = WebTestSupport.page(mvc, "secadmin", "/admin/roles?q=" + code + "&size=1");
        String second = WebTestSupport.page(mvc, "secadmin", "/admin/roles?q=" + code + "&size=1&page=1");
        assertThat(first).contains(code + "_A").doesNotContain(code + "XA").contains("共 2 条，第 1/2 页");
        assertThat(second).contains(code + "XA").doesNotContain(code + "_A");

        ExportedSheet sheet = ExportedSheet.download(mvc, "secadmin", "/admin/roles/export?q=" + code + "_");

        assertThat(sheet.rows()).hasSize(2);
        assertThat(sheet.rowsStartingWith(code + "_A")).hasSize(1);
    }

    @Test
    void theSystemAdministratorWhoDoesNotReadTheRolesNeitherSeesNorTakesTheirFile() throws Exception {
        mvc.perform(get("/admin/roles/export").session(WebTestSupport.login(mvc, "sysadmin")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/departments/export").session(WebTestSupport.login(mvc, "enterprise")))
                .andExpect(status().isForbidden());
    }
}
