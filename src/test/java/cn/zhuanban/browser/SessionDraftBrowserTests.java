package cn.zhuanban.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * An enterprise contact types a long report, the session ends meanwhile (30 minutes without a request), and the post
 * meets the login page: after logging in again the workbench says what was not saved, and the form opened from there
 * holds what was typed.
 */
@IntegrationTest
class SessionDraftBrowserTests extends BrowserTest {

    @Test
    void aReportTypedWhileTheSessionEndedIsKeptAndFilledInAgainAfterLoggingIn() throws Exception {
        driver = Browser.start();
        Browser.login(driver, port, "enterprise");
        driver.get(url("/tickets/new"));
        assertThat(driver.findElement(By.cssSelector("meta[name=session-seconds]"))
                        .getAttribute("content"))
                .isEqualTo("1800");
        new Select(driver.findElement(By.id("category"))).selectByValue("WATER");
        driver.findElement(By.id("title")).sendKeys("临时供水管道压力不足");
        driver.findElement(By.id("description")).sendKeys("三号车间试压用水不足，影响设备调试。");

        // The session is gone on the server: the browser still sends the id of a session that no longer exists
        // (SESSION with the JDBC store of the running app, JSESSIONID in the tests' servlet container).
        for (Cookie session : driver.manage().getCookies()) {
            if (session.getName().equals("SESSION") || session.getName().equals("JSESSIONID")) {
                driver.manage().deleteCookie(session);
                String expired = Base64.getEncoder()
                        .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
                driver.manage().addCookie(new Cookie(session.getName(), expired, "/"));
            }
        }
        driver.executeScript("document.getElementById('report-form').requestSubmit()");
        assertThat(driver.findElement(By.id("login-timeout")).isDisplayed()).isTrue();
        driver.findElement(By.id("username")).sendKeys("enterprise");
        driver.findElement(By.id("password")).sendKeys(WebTestSupport.DEMO_PASSWORD);
        driver.findElement(By.id("login-submit")).click();

        var lost = driver.findElement(By.cssSelector("#drafts-lost a"));
        assertThat(lost.getAttribute("href")).endsWith("/tickets/new");
        lost.click();
        assertThat(driver.findElement(By.cssSelector(".draft-restored")).isDisplayed())
                .isTrue();
        assertThat(driver.findElement(By.id("title")).getAttribute("value")).isEqualTo("临时供水管道压力不足");
        assertThat(driver.findElement(By.id("description")).getAttribute("value"))
                .isEqualTo("三号车间试压用水不足，影响设备调试。");
        assertThat(new Select(driver.findElement(By.id("category")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("WATER");

        driver.executeScript("document.getElementById('report-form').requestSubmit()");
        assertThat(driver.findElement(By.id("ticket-state")).getText()).isEqualTo("已上报");
        driver.get(url("/"));
        driver.findElement(By.id("inbox-link"));
        assertThat(Browser.absent(driver, By.id("drafts-lost"))).isTrue();
    }

    @Test
    void aReportPostedWhileTheNetworkWasDownIsFilledInAgainWhenTheUserGoesBack() throws Exception {
        driver = Browser.start();
        Browser.login(driver, port, "enterprise");
        driver.get(url("/tickets/new"));
        new Select(driver.findElement(By.id("category"))).selectByValue("POWER");
        driver.findElement(By.id("title")).sendKeys("断网时提交的问题");
        driver.findElement(By.id("description")).sendKeys("提交时内网中断。");

        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        driver.setNetworkConditions(offline);
        driver.executeScript("document.getElementById('report-form').requestSubmit()");
        Thread.sleep(1000);
        driver.deleteNetworkConditions();
        driver.navigate().back();

        assertThat(driver.findElement(By.cssSelector(".draft-restored")).isDisplayed())
                .isTrue();
        assertThat(driver.findElement(By.id("title")).getAttribute("value")).isEqualTo("断网时提交的问题");
        assertThat(driver.findElement(By.id("description")).getAttribute("value"))
                .isEqualTo("提交时内网中断。");
    }
}
