package cn.zhuanban.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.industry.ChainSegment;
import cn.zhuanban.industry.IndustryCommands.ChainForm;
import cn.zhuanban.industry.IndustryCommands.NodeForm;
import cn.zhuanban.industry.IndustryManagement;
import cn.zhuanban.industry.NodeStatus;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dispatch office picks a missing node from the gap list, enters a chain-based lead, moves it
 * to signed and creates the key project from it; the lead then links to the project.
 */
@IntegrationTest
class ChainLeadToProjectBrowserTests extends BrowserTest {

    @Autowired
    IndustryManagement industry;

    @Test
    void aChainBasedLeadFromTheGapListBecomesAKeyProject() throws Exception {
        long chain = industry.createChain(new ChainForm(TestCodes.unique("浏览器链"), null, null, 0, 0));
        industry.addNode(
                chain,
                new NodeForm(ChainSegment.UPSTREAM, null, "药用辅料", "C2780", NodeStatus.MISSING, null, null, 0, 0));
        String company = TestCodes.unique("辅料企业");
        driver = Browser.start();
        login("dispatch");

        open("/industry/gaps?chainId=" + chain);
        driver.findElement(By.cssSelector(".gap-new-lead")).click();
        driver.findElement(By.id("targetCompany")).sendKeys(company);
        press("lead-save");
        for (String stage : new String[] {"接洽", "在谈", "签约"}) {
            press("move-submit");
            // The next click must hit the new page's form, not the one still showing.
            waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("stage-history"), stage));
        }

        press("create-project");
        driver.findElement(By.id("newEnterpriseCreditCode")).sendKeys(TestCodes.creditCode());
        driver.findElement(By.id("totalInvestment")).sendKeys("30000");
        // the lead's owner is investment staff, so no lead official is suggested: one is chosen (required)
        new Select(driver.findElement(By.id("leadOfficialId"))).selectByIndex(1);
        // the form proposes only working days of years the calendar holds: two years on is typed where it has none
        LocalDate start = fillIfEmpty("start", LocalDate.now());
        fillIfEmpty("targetFinish", start.plusYears(2));
        press("key-project-save");

        assertThat(driver.findElement(By.id("project-link")).getText()).contains(company);
        press("project-link");
        waitFor(ExpectedConditions.urlMatches(".*/projects/\\d+$"));
        assertThat(driver.getPageSource()).contains(company);
        // and back: the project's facts name its source lead (来源线索), loaded into the list by htmx
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("origin-lead")));
        assertThat(driver.findElement(By.id("origin-lead")).getText()).isEqualTo(company);
        press("origin-lead");
        waitFor(ExpectedConditions.urlMatches(".*/investment/leads/\\d+$"));
    }

    /** The field's date, typed (set as the date picker would) when the form left it empty. */
    private LocalDate fillIfEmpty(String id, LocalDate date) {
        WebElement input = driver.findElement(By.id(id));
        String value = input.getAttribute("value");
        if (value != null && !value.isEmpty()) {
            return LocalDate.parse(value);
        }
        driver.executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
                input,
                date.toString());
        return date;
    }

    private void login(String username) {
        Browser.login(driver, port, username);
    }

    /** Scrolls at once: Bootstrap's smooth scrolling would still be moving the page when Selenium clicks. */
    private void press(String id) {
        WebElement element = driver.findElement(By.id(id));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    /**
     * Polls through the page being replaced: reading the text of an element of the page being left can fail with
     * "Node with given id does not belong to the document", which the condition does not take for a stale element.
     */
    private void waitFor(ExpectedCondition<?> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(condition);
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }
}
