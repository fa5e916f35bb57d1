package cn.zhuanban.browser;

import cn.zhuanban.WebTestSupport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven by its own chromedriver: nothing is downloaded. Where the two are not
 * installed (a fresh developer machine), browser tests are skipped with a message saying so;
 * {@code .ci/run} installs them, so CI always runs these tests.
 *
 * <p>One Chromium serves every browser test of the test run: starting one cost about two seconds of CPU per test on
 * the 2-core CI machine, and each fresh profile loaded the page assets again. Between tests {@link #clear} gives the
 * next one what a fresh browser would: a new tab (empty history and sessionStorage, where forms keep their drafts),
 * no cookies or stored data for the server, no emulated network, screen or media.
 */
final class Browser {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private static ChromeDriver shared;

    private Browser() {}

    /** The test run's Chromium, started by the first browser test and quit when the test JVM exits. */
    static synchronized ChromeDriver start() throws IOException {
        if (shared == null) {
            shared = launch();
            ChromeDriver started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::quit, "chromium-quit"));
        }
        return shared;
    }

    /** Leaves the browser as a fresh one for the next test, whatever state this test left it in. */
    static void clear(ChromeDriver driver, int port) {
        driver.switchTo().newWindow(WindowType.TAB);
        String fresh = driver.getWindowHandle();
        for (String handle : driver.getWindowHandles()) {
            if (!handle.equals(fresh)) {
                driver.switchTo().window(handle).close();
            }
        }
        driver.switchTo().window(fresh);
        driver.deleteNetworkConditions();
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        driver.executeCdpCommand(
                "Storage.clearDataForOrigin", Map.of("origin", "http://localhost:" + port, "storageTypes", "all"));
        driver.manage().deleteAllCookies();
        driver.manage().timeouts().implicitlyWait(WAIT);
    }

    /**
     * Logs in through the form and returns once a signed-in page is shown: the next {@code get} must not race the
     * login's redirect (on a busy machine it did, and landed on the login page again).
     */
    private static final Duration WAIT = Duration.ofSeconds(15);

    static void login(ChromeDriver driver, int port, String username) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(WebTestSupport.DEMO_PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        driver.findElement(By.id("inbox-link"));
    }

    private static ChromeDriver launch() throws IOException {
        Assumptions.assumeTrue(
                CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Browser tests skipped: install Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
                "--window-size=390,844",
                "--lang=zh-CN",
                "--user-data-dir="
                        + Files.createTempDirectory("zhuanban-chromium").toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(WAIT);
        return driver;
    }

    /**
     * Whether the page (already loaded or swapped) has no such element, asked without the implicit wait: with it, every
     * check that something is absent waited its full 15 seconds before answering.
     */
    static boolean absent(ChromeDriver driver, By by) {
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return driver.findElements(by).isEmpty();
        } finally {
            driver.manage().timeouts().implicitlyWait(WAIT);
        }
    }
}
