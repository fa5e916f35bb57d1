package cn.zhuanban.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A request the application refuses before any page handles it (an address with a word where a number belongs, a list
 * page asked for page "abc") gets a page in the user's language, through the real server: the container's error
 * dispatch is what showed Spring's English "Whitelabel Error Page", and MockMvc never makes it.
 */
@IntegrationTest
class ErrorPagesTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void aMalformedAddressGetsAChinesePageNotTheWhitelabelOne() throws Exception {
        try (HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build()) {
            login(client, "dispatch");
            for (String path : new String[] {"/projects/abc", "/projects?page=abc", "/calendar?year=abc"}) {
                HttpResponse<String> page = client.send(
                        HttpRequest.newBuilder(uri(path))
                                .header("Accept", "text/html")
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertThat(page.statusCode()).as(path).isEqualTo(400);
                assertThat(page.body()).as(path).contains("请求有误").doesNotContain("Whitelabel");
            }
        }
    }

    private void login(HttpClient client, String username) throws Exception {
        String form = client.send(
                        HttpRequest.newBuilder(uri("/login")).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body();
        Matcher csrf = CSRF.matcher(form);
        assertThat(csrf.find()).isTrue();
        String body = "username=" + username + "&password=" + URLEncoder.encode("Zhuanban@2026", StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> loggedIn = client.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(loggedIn.uri().getPath()).isEqualTo("/");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
