package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.CustomRoleAccounts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.io.ByteArrayInputStream;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The user list and its export name a user's roles as the role filter does, built-in and custom alike. */
@IntegrationTest
class UserListRoleNamesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RoleManagement roles;

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Test
    void theListAndTheExportShowRoleNamesNotCodes() throws Exception {
        String username = new CustomRoleAccounts(roles, identity, directory)
                .create(DataScope.ALL, null, Set.of(), Set.of(BuiltinRoles.DEPARTMENT_HANDLER));
        // CustomRoleAccounts names the role after the account: 测试角色<suffix> for custom-<suffix>
        String custom = "测试角色" + username.substring("custom-".length());

        String page = WebTestSupport.page(mvc, "secadmin", "/admin/users?q=" + username);
        String row = page.substring(page.indexOf("<td>" + username + "</td>"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("部门经办人", custom).doesNotContain(BuiltinRoles.DEPARTMENT_HANDLER, "CUSTOM_");

        byte[] xlsx = mvc.perform(
                        get("/admin/users/export").param("q", username).session(WebTestSupport.login(mvc, "sysadmin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            int rolesColumn = -1;
            for (int c = 0; c < header.getLastCellNum(); c++) {
                if (header.getCell(c).getStringCellValue().equals("角色")) {
                    rolesColumn = c;
                }
            }
            assertThat(sheet.getRow(1).getCell(rolesColumn).getStringCellValue())
                    .contains("部门经办人", custom)
                    .doesNotContain(BuiltinRoles.DEPARTMENT_HANDLER);
        }
    }
}
