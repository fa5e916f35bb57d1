package cn.zhuanban.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.EnterpriseContacts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.ticket.TicketTestData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole loop on a phone-sized Chromium: an enterprise contact reports a power-connection
 * problem, the dispatch office assigns it to the power company, its handler signs and resolves
 * it, the office reviews it, the enterprise rates it, and the metrics page counts it.
 */
@IntegrationTest
class TicketLoopBrowserTests extends BrowserTest {

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Autowired
    TicketTestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPowerProblemGoesFromThePhoneToClosedAndIntoTheMetrics() throws Exception {
        long project = data.project("GD");
        String contact = enterpriseContact(data.enterpriseOf(project));
        driver = Browser.start();

        login(contact);
        driver.get(url("/tickets/new"));
        assertThat(new Select(driver.findElement(By.id("projectId")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo(Long.toString(project));
        new Select(driver.findElement(By.id("category"))).selectByValue("POWER");
        driver.findElement(By.id("title")).sendKeys("施工临时用电迟迟未接入");
        driver.findElement(By.id("description")).sendKeys("箱变已到场，等待供电公司接火。");
        // A double tap on "report" sends one report (the second submit is held back), and the form says that the
        // upload is under way. A listener added after the page's own sees whether each submit was let through.
        Object submits = driver.executeScript("var f = document.getElementById('report-form'); var seen = [];"
                + " document.addEventListener('submit', function (e) { seen.push(e.defaultPrevented); });"
                + " f.requestSubmit(); var busy = f.querySelector('.upload-busy') !== null; f.requestSubmit();"
                + " return [busy, seen[0], seen[1]];");
        assertThat((List<Object>) submits).containsExactly(true, false, true);
        // Wait for the ticket page before reading the address: on a busy machine the click returns first.
        assertThat(driver.findElement(By.id("ticket-state")).getText()).isEqualTo("已上报");
        String ticketUrl = driver.getCurrentUrl();
        assertThat(jdbc.queryForObject(
                        "select count(*) from ticket where project_id = ? and title = ?",
                        Long.class,
                        project,
                        "施工临时用电迟迟未接入"))
                .isEqualTo(1);

        login("dispatch");
        move(
                ticketUrl,
                "assign",
                () -> new Select(driver.findElement(By.id("assign-departmentId"))).selectByVisibleText("区供电公司"),
                "已交办");
        assertThat(driver.findElement(By.id("ticket-department")).getText()).isEqualTo("区供电公司");

        login("handler-power");
        move(ticketUrl, "sign", () -> {}, "已签收");
        missingReasonShowsBesideTheBox(ticketUrl);
        move(
                ticketUrl,
                "resolve",
                () -> {
                    // no outcome is chosen in advance: the department says how it ended
                    new Select(driver.findElement(By.id("resolve-outcome"))).selectByValue("SOLVED");
                    driver.findElement(By.id("resolve-reason")).sendKeys("已完成接火送电");
                },
                "已办结");
        login("dispatch");
        move(ticketUrl, "review", () -> {}, "审核通过");
        login(contact);
        move(
                ticketUrl,
                "feedback",
                // nothing is chosen for the contact: one tap must not submit 满意
                () -> new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("feedback-rating")))
                        .selectByValue("SATISFIED"),
                "已评价");
        assertThat(driver.findElement(By.id("ticket-state")).getText()).isEqualTo("已销号");

        login("dispatch");
        driver.get(url("/tickets/metrics?dimension=PROJECT"));
        assertThat(driver.findElement(By.cssSelector("tr[data-key='" + project + "'] .metric-closed"))
                        .getText())
                .isEqualTo("1");
        // The month chart is drawn by the locally bundled ECharts (no internet on the intranet).
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d ->
                        !d.findElements(By.cssSelector("#metrics-chart canvas")).isEmpty());
    }

    /**
     * A reason left out on a phone: the browser's own check is bypassed (an old page, a browser without it), and the
     * server's message must be in view where the form comes back, far below the top of the page.
     */
    private void missingReasonShowsBesideTheBox(String ticketUrl) {
        driver.get(ticketUrl);
        click(By.id("open-note"));
        driver.executeScript("document.getElementById('note-reason').removeAttribute('required');");
        driver.findElement(By.id("submit-note")).sendKeys(org.openqa.selenium.Keys.ENTER);
        var refusal = driver.findElement(By.id("note-refusal"));
        assertThat(refusal.getText()).contains("请填写理由或说明");
        // once the page has settled (the scroll runs when the document is ready and again when it has loaded)
        boolean inView = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5))
                .until(d -> Boolean.TRUE.equals(driver.executeScript(
                        "var r = arguments[0].getBoundingClientRect();"
                                + " return r.top >= 0 && r.bottom <= window.innerHeight;",
                        refusal)));
        assertThat(inView).as("the message is in view").isTrue();
        // the address is the ticket's page, not the refused post's (.../moves/note has no page): a reload shows the
        // page again and posts nothing, so no refusal either
        assertThat(driver.getCurrentUrl()).isEqualTo(ticketUrl);
        driver.navigate().refresh();
        assertThat(driver.findElement(By.id("ticket-state")).getText()).isEqualTo("办理中");
        assertThat(Browser.absent(driver, By.id("note-refusal"))).isTrue();
    }

    private void move(String ticketUrl, String action, Runnable fill, String confirmation) {
        driver.get(ticketUrl);
        click(By.id("open-" + action));
        fill.run();
        // Keyboard activation, as a phone user tapping "go": no dependence on layout overlap.
        driver.findElement(By.id("submit-" + action)).sendKeys(org.openqa.selenium.Keys.ENTER);
        assertThat(driver.findElement(By.cssSelector(".alert-success")).getText())
                .startsWith(confirmation);
    }

    private void click(By by) {
        try {
            var element = driver.findElement(by);
            driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
            element.click();
        } catch (RuntimeException e) {
            try {
                java.nio.file.Files.write(
                        java.nio.file.Path.of("target/ticket-loop.png"),
                        driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            } catch (java.io.IOException ignored) {
            }
            throw e;
        }
    }

    private void login(String username) {
        Browser.login(driver, port, username);
        assertThat(driver.findElements(By.id("workbench-title"))).isNotEmpty();
    }

    private String enterpriseContact(long enterpriseId) {
        return EnterpriseContacts.create(identity, directory, enterpriseId);
    }
}
