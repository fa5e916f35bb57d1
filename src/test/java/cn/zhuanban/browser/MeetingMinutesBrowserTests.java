package cn.zhuanban.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.meeting.MeetingManagement;
import cn.zhuanban.meeting.MeetingRecords.SeriesForm;
import cn.zhuanban.project.ProjectLighting;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.StatusLight;
import cn.zhuanban.project.TaskForceManagement;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A weekly meeting in the browser from its generated agenda to the exported minutes: the office plans
 * the meeting, adds and reorders an item (htmx), keeps a typed item through someone else's change meanwhile, records attendance, minutes and a decision (the owner
 * picker narrowed to the owner department's people), the chair (the task force's lead) confirms, and the minutes download as a DOCX that POI opens with the meeting's content.
 */
@IntegrationTest
class MeetingMinutesBrowserTests extends BrowserTest {

    @Autowired
    MeetingManagement meetings;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    ProjectLighting lighting;

    @Autowired
    UserDirectory directory;

    @Autowired
    cn.zhuanban.calendar.CalendarManagement calendar;

    @Autowired
    Clock clock;

    @Test
    void aMeetingGoesFromItsAgendaToDownloadedMinutes() throws Exception {
        var fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
        long project = fx.project(fx.enterprise(), taskForce);
        lighting.setLight(project, StatusLight.RED, "供电接入滞后");
        // held today: its decision becomes a ticket, which a meeting not held yet refuses
        LocalDate heldOn = LocalDate.now(clock);
        long series = meetings.createSeries(
                new SeriesForm(taskForce, heldOn.getDayOfWeek(), LocalTime.of(9, 0), "浏览器测试会议室"), fx.user("dispatch"));

        driver = Browser.start();
        login("dispatch");
        open("/meetings/series/" + series);
        // the agenda holds what was known by the meeting day, the red light too
        setValue(driver.findElement(By.id("heldOn")), heldOn.toString());
        // held today, whatever day today is: a rest day must be confirmed (the test also runs at weekends)
        driver.executeScript("arguments[0].checked = true;", driver.findElement(By.id("restDayConfirmed")));
        press("plan");
        waitFor(ExpectedConditions.urlMatches(".*/meetings/\\d+$"));
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("agenda"), "红灯，"));

        driver.findElement(By.id("new-item")).sendKeys("施工许可办理进度");
        driver.findElement(By.id("new-item")).sendKeys(Keys.ENTER);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("agenda"), "施工许可办理进度"));
        assertThat(titles().getLast()).isEqualTo("施工许可办理进度");
        // reorder with htmx: the added item moves up to first place
        List<WebElement> items = driver.findElements(By.cssSelector(".agenda-item"));
        click(items.getLast().findElement(By.cssSelector(".item-up")));
        waitFor(d -> titles().getFirst().equals("施工许可办理进度"));

        // someone else changes the meeting meanwhile: the 409 brings the form back with the typed item and the
        // reason (swapped in, not the generic failure line), and the second save adds the item
        long meetingId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/meetings/", ""));
        meetings.addItem(
                meetingId,
                "他人补充的议题",
                meetings.find(meetingId, fx.user("dispatch")).version(),
                fx.user("taskforce"));
        driver.findElement(By.id("new-item")).sendKeys("临时用电协调");
        driver.findElement(By.id("new-item")).sendKeys(Keys.ENTER);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("item-form"), "这条记录已被修改（可能是在其他窗口）"));
        // the address is still the meeting's page, not the refused post's .../items, which a reload would post again
        assertThat(driver.getCurrentUrl()).endsWith("/meetings/" + meetingId);
        assertThat(driver.findElement(By.id("new-item")).getDomProperty("value"))
                .isEqualTo("临时用电协调");
        assertThat(driver.executeScript("return document.querySelectorAll('.request-failed').length"))
                .isEqualTo(0L);
        assertThat(titles()).contains("他人补充的议题").doesNotContain("临时用电协调");
        driver.findElement(By.id("new-item")).sendKeys(Keys.ENTER);
        waitFor(d -> titles().contains("临时用电协调"));

        WebElement minutes = driver.findElement(By.cssSelector(".agenda-item textarea[name=minutes]"));
        minutes.sendKeys("住建局汇报施工许可办理进度。");
        click(driver.findElement(By.cssSelector(".agenda-item form.mt-2 button")));
        waitFor(swappedOut(minutes));

        WebElement attendees = driver.findElement(By.id("attendees"));
        attendees.sendKeys("侯明远、赵敏、吴强");
        click(driver.findElement(By.cssSelector("#attendees ~ button")));
        waitFor(swappedOut(attendees));

        driver.findElement(By.id("decision")).sendKeys("供电公司两周内完成临时用电接入");
        new Select(driver.findElement(By.id("ownerDepartmentId"))).selectByVisibleText("区供电公司");
        Select owner = new Select(driver.findElement(By.id("ownerUserId")));
        assertThat(owner.getOptions().stream()
                        .filter(WebElement::isEnabled)
                        .map(WebElement::getText)
                        .filter(t -> !t.isEmpty()))
                .isNotEmpty()
                .allMatch(t -> t.endsWith(" · 区供电公司"));
        owner.selectByVisibleText("吴强 · 区供电公司");
        // the category starts unchosen and is required
        new Select(driver.findElement(By.id("category"))).selectByVisibleText("供电");
        // a working day still to come: a decision's deadline cannot be a past day or a rest day
        String deadline = calendar.addWorkingDays(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), 10)
                .toString();
        setValue(driver.findElement(By.id("deadline")), deadline);
        press("decide");
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("decisions"), "供电公司两周内完成临时用电接入"));

        // the office keeps the minutes; the chair, the task force's lead, confirms them
        assertThat(Browser.absent(driver, By.id("confirm"))).isTrue();
        String meeting = driver.getCurrentUrl();
        driver.manage().deleteAllCookies();
        login("lead");
        driver.get(meeting);
        WebElement confirm = driver.findElement(By.id("confirm"));
        click(confirm);
        waitFor(swappedOut(confirm));
        assertThat(Browser.absent(driver, By.id("confirm"))).isTrue();

        String href = driver.findElement(By.id("export-minutes")).getAttribute("href");
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href))
                                .header("Cookie", cookies())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("wordprocessingml");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.body()));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(doc.getParagraphs().getFirst().getText()).endsWith("周例会会议纪要");
            assertThat(text.getText())
                    .contains(
                            "浏览器测试会议室",
                            "侯明远、赵敏、吴强",
                            "1. 施工许可办理进度",
                            "住建局汇报施工许可办理进度。",
                            "供电公司两周内完成临时用电接入",
                            "区供电公司",
                            "吴强",
                            // official documents write dates in Chinese (2026年12月15日)
                            java.time.LocalDate.parse(deadline)
                                    .format(java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日")));
        }
    }

    private List<String> titles() {
        return driver.findElements(By.cssSelector(".agenda-item strong")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private String cookies() {
        return driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    private void setValue(WebElement input, String value) {
        driver.executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", input, value);
    }

    private void login(String username) {
        Browser.login(driver, port, username);
    }

    private void press(String id) {
        click(driver.findElement(By.id(id)));
    }

    /** Scrolls at once: Bootstrap's smooth scrolling would still be moving the page when Selenium clicks. */
    private void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    /**
     * The element was swapped out by htmx. Chromium tells a node gone from the document in two ways, as a stale
     * reference or as an inspector error "does not belong to the document"; Selenium's stalenessOf knows only the
     * first, and the second failed the test now and then.
     */
    private static ExpectedCondition<Boolean> swappedOut(WebElement element) {
        return d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                return String.valueOf(e.getMessage()).contains("does not belong to the document");
            }
        };
    }

    private void waitFor(ExpectedCondition<?> condition) {
        // htmx swaps the page's body in place: elements read while it swaps go stale, so read again
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }
}
