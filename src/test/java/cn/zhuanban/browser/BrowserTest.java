package cn.zhuanban.browser;

import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What every browser test shares: the running server's port, the run's one Chromium, cleared after each test. */
abstract class BrowserTest {

    @LocalServerPort
    int port;

    ChromeDriver driver;

    @AfterEach
    void clear() {
        if (driver != null) {
            Browser.clear(driver, port);
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
