package cn.zhuanban.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.identity.BuiltinRoles;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.UserCommands.Grant;
import cn.zhuanban.identity.UserCommands.NewUser;
import cn.zhuanban.identity.UserDirectory;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A new user logs in on a phone-sized Chromium, is made to replace the password an administrator
 * gave them, and lands on their workbench; then switches to English and logs out.
 */
@IntegrationTest
class FirstLoginBrowserTests extends BrowserTest {

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Test
    void firstLoginForcesPasswordChangeThenShowsTheWorkbench() throws Exception {
        String username = "browser" + System.nanoTime() % 1_000_000;
        long id = identity.createUser(new NewUser(username, "浏览器测试", null, null, null, null, "Initial#2026"));
        identity.grant(
                id,
                new Grant(
                        Set.of(BuiltinRoles.DISPATCH_OFFICE),
                        DataScope.ALL,
                        directory.user(id).version()));
        driver = Browser.start();

        driver.get("http://localhost:" + port + "/login");
        assertThat(driver.getTitle()).contains("登录");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("Initial#2026");
        driver.findElement(By.id("login-submit")).click();

        assertThat(driver.findElement(By.id("password-required")).getText()).contains("必须先修改密码");
        assertThat(driver.getCurrentUrl()).endsWith("/account/password");
        driver.findElement(By.id("currentPassword")).sendKeys("Initial#2026");
        driver.findElement(By.id("newPassword")).sendKeys("Changed#2026x");
        driver.findElement(By.id("confirmPassword")).sendKeys("Changed#2026x");
        driver.findElement(By.id("password-submit")).click();

        assertThat(driver.findElement(By.id("workbench-title")).getText()).isEqualTo("浏览器测试，您好");
        driver.findElement(By.id("language-switch")).click();
        assertThat(driver.findElement(By.id("workbench-title")).getText()).isEqualTo("Hello, 浏览器测试");
    }
}
