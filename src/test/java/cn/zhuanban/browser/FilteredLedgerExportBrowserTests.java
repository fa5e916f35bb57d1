package cn.zhuanban.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * On a phone, the dispatch office filters the service evaluation ledger to 不满意 and the lead list to the signed leads
 * awaiting a project: htmx swaps only the results, yet the address holds the filter and the export link exports it;
 * the ledger's ratings are cards with the rating and comment, not a table to scroll sideways.
 */
@IntegrationTest
class FilteredLedgerExportBrowserTests extends BrowserTest {

    @Test
    void theFilteredLedgerExportsWhatItShowsAndKeepsTheFilterInTheAddress() throws Exception {
        driver = Browser.start();
        Browser.login(driver, port, "dispatch");

        driver.get(url("/service-evaluations"));
        assertThat(driver.findElement(By.id("evaluation-cards")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("evaluation-table")).isDisplayed()).isFalse();
        new Select(driver.findElement(By.name("rating"))).selectByValue("DISSATISFIED");
        driver.findElement(By.cssSelector("form[hx-target='#evaluation-results'] button[type=submit]"))
                .click();

        waitFor(ExpectedConditions.urlContains("rating=DISSATISFIED"));
        waitFor(ExpectedConditions.attributeContains(By.id("evaluation-export"), "href", "rating=DISSATISFIED"));
        assertThat(driver.findElements(By.id("evaluation-export"))).hasSize(1);

        driver.get(url("/investment/leads"));
        driver.findElement(By.name("awaitingConversion")).click();

        waitFor(ExpectedConditions.urlContains("awaitingConversion=true"));
        waitFor(ExpectedConditions.attributeContains(By.id("lead-export"), "href", "awaitingConversion=true"));
        assertThat(driver.findElements(By.id("lead-export"))).hasSize(1);
    }

    private void waitFor(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition);
    }
}
