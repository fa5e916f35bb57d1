package cn.zhuanban.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The district leader opens the cockpit and clicks the tallest bar of the project-level chart with the
 * mouse (a real click on the canvas, at the bar's position that ECharts reports, so the chart's own
 * click handler runs as for a user) and lands on the project list filtered by that level.
 */
@IntegrationTest
class CockpitDrillDownBrowserTests extends BrowserTest {

    @Test
    void clickingABarOfTheLevelChartOpensTheProjectsOfThatLevel() throws Exception {
        driver = Browser.start();
        Browser.login(driver, port, "leader");

        open("/cockpit");
        wait(ExpectedConditions.attributeToBe(By.id("cockpit"), "data-ready", "true"));
        WebElement chart = driver.findElement(By.cssSelector("[data-chart='levels']"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", chart);
        @SuppressWarnings("unchecked")
        Map<String, Object> bar = (Map<String, Object>) driver.executeScript("""
                var chart = window.zhuanbanCockpit.levels;
                var data = chart.getModel().getSeriesByIndex(0).getData();
                var best = 0;
                for (var i = 1; i < data.count(); i++) { if (data.get('value', i) > data.get('value', best)) { best = i; } }
                var box = data.getItemLayout(best);
                return { index: best, link: data.getRawDataItem(best).link,
                         x: box.x + box.width / 2, y: box.y + box.height / 2,
                         w: arguments[0].clientWidth, h: arguments[0].clientHeight };""", chart);
        String link = (String) bar.get("link");
        assertThat(link).startsWith("/projects?level=");

        int dx = (int) Math.round(number(bar, "x") - number(bar, "w") / 2);
        int dy = (int) Math.round(number(bar, "y") - number(bar, "h") / 2);
        clickUntilNavigated(chart, dx, dy, link);
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main")));
        assertThat(driver.getCurrentUrl()).endsWith(link);
    }

    /** A slow machine may still be painting when the first click lands; a user would click again. */
    private void clickUntilNavigated(WebElement chart, int dx, int dy, String link) {
        for (int attempt = 1; ; attempt++) {
            new Actions(driver).moveToElement(chart, dx, dy).click().perform();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains(link));
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private static double number(Map<String, Object> values, String key) {
        return ((Number) values.get(key)).doubleValue();
    }

    private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }
}
