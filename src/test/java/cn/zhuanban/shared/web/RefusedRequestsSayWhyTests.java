package cn.zhuanban.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Refusals that used to say the wrong thing or nothing useful: a stale form told as a lacking right, a length error
 * without its limit, a mistyped value without its name, Tomcat's own English page for an over-long address. Through the
 * real server where the container's error dispatch or Tomcat itself answers (MockMvc makes neither).
 */
@IntegrationTest
class RefusedRequestsSayWhyTests {

    @LocalServerPort
    int port;

    @Autowired
    Validator validator;

    record Named(
            @Size(max = 5, message = "{validation.max-length}")
            String name) {}

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aLengthErrorSaysTheLimit() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(validator.validate(new Named("abcdef")))
                .singleElement()
                .satisfies(violation -> assertThat(violation.getMessage()).isEqualTo("长度超出限制（最多 5 个字符）"));
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(validator.validate(new Named("abcdef")))
                .singleElement()
                .satisfies(violation -> assertThat(violation.getMessage()).contains("at most 5 characters"));
        assertThat(validator.validate(new Named("abcde"))).isEmpty();
    }

    @Test
    void aFormPostedWithoutAValidTokenIsAPageThatExpiredNotAMissingRight() throws Exception {
        try (HttpClient client = client()) {
            login(client, "dispatch");
            String form = "name=x&_csrf=stale-token";
            HttpResponse<String> page = client.send(
                    HttpRequest.newBuilder(uri("/projects/1/plan/rows"))
                            .header("Accept", "text/html")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(page.statusCode()).isEqualTo(403);
            // (every page carries the expired and forbidden lines for htmx in templates: the page's own text is its
            // subtitle)
            assertThat(page.body())
                    .contains("<p class=\"empty-subtitle text-secondary\">页面已过期")
                    .doesNotContain("<p class=\"empty-subtitle text-secondary\">您没有执行此操作的权限");

            // htmx asks for anything: it gets a problem it can tell apart, and app.js shows the same words
            HttpResponse<String> htmx = client.send(
                    HttpRequest.newBuilder(uri("/projects/1/plan/rows"))
                            .header("Accept", "*/*")
                            .header("HX-Request", "true")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("name=x"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(htmx.statusCode()).isEqualTo(403);
            assertThat(htmx.headers().firstValue("X-Refused")).hasValue("csrf");
            assertThat(JsonPath.<String>read(htmx.body(), "$.code")).isEqualTo("csrf");
            assertThat(JsonPath.<String>read(htmx.body(), "$.detail")).contains("页面已过期");

            // the API keeps its own answer
            HttpResponse<String> api = client.send(
                    HttpRequest.newBuilder(uri("/api/v1/tokens"))
                            .header("Accept", "application/json")
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\",\"expiresInDays\":1}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(api.statusCode()).isEqualTo(403);
            assertThat(JsonPath.<String>read(api.body(), "$.code")).isEqualTo("csrf");

            // a lacking right is still told as one
            HttpResponse<String> forbidden = client.send(
                    HttpRequest.newBuilder(uri("/admin/users"))
                            .header("Accept", "text/html")
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(forbidden.statusCode()).isEqualTo(403);
            assertThat(forbidden.body())
                    .contains("<p class=\"empty-subtitle text-secondary\">您没有执行此操作的权限")
                    .doesNotContain("<p class=\"empty-subtitle text-secondary\">页面已过期");
        }
    }

    /**
     * An htmx request refused for a lacking right (no X-Refused header) shows 您没有执行此操作的权限 above the part it
     * meant to change, not "check what you entered", which would send the user looking for a typing error.
     */
    @Test
    void anHtmxRequestRefusedForALackingRightSaysSo() throws Exception {
        try (HttpClient client = client()) {
            login(client, "dispatch");
            HttpResponse<String> htmx = client.send(
                    HttpRequest.newBuilder(uri("/admin/users"))
                            .header("Accept", "*/*")
                            .header("HX-Request", "true")
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(htmx.statusCode()).isEqualTo(403);
            assertThat(htmx.headers().firstValue("X-Refused")).isEmpty();

            String page = client.send(
                            HttpRequest.newBuilder(uri("/projects")).build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .body();
            assertThat(page.substring(page.indexOf("<template id=\"request-forbidden\">")))
                    .startsWith("<template id=\"request-forbidden\">")
                    .contains("您没有执行此操作的权限");
            String script = client.send(
                            HttpRequest.newBuilder(uri("/js/app.js")).build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .body();
            assertThat(script).contains("xhr.status === 403 ? 'request-forbidden'");
        }
    }

    @Test
    void aValueOfTheWrongFormSentOnItsOwnIsNamedAndThePageOffersToGoBack() throws Exception {
        try (HttpClient client = client()) {
            login(client, "dispatch");
            HttpResponse<String> page = client.send(
                    HttpRequest.newBuilder(uri("/projects/choices?projectId=abc"))
                            .header("Accept", "text/html")
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(page.statusCode()).isEqualTo(400);
            assertThat(page.body()).contains("请求有误", "“projectId”一项有误：请输入有效的整数：abc", "data-history-back");
        }
    }

    @Test
    void anAddressLongerThanTomcatReadsGetsOurWordsNotTomcatsPage() throws Exception {
        String longQuery = "x".repeat(20_000);
        try (HttpClient client = client()) {
            HttpResponse<String> page = client.send(
                    HttpRequest.newBuilder(uri("/projects?q=" + longQuery))
                            .header("Accept", "text/html")
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(page.statusCode()).isEqualTo(400);
            assertThat(page.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(page.body()).contains("请求有误", "请缩短后重试", "我的工作台").doesNotContain("HTTP Status", "Tomcat");

            HttpResponse<String> api = client.send(
                    HttpRequest.newBuilder(uri("/api/v1/projects"))
                            .header("Accept", "application/json")
                            .header("X-Padding", longQuery)
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(api.statusCode()).isEqualTo(400);
            assertThat(api.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(JsonPath.<String>read(api.body(), "$.code")).isEqualTo("bad-request");
            assertThat(JsonPath.<String>read(api.body(), "$.detail")).contains("请缩短后重试");
            // the address refused, as every other problem names it
            assertThat(JsonPath.<String>read(api.body(), "$.instance")).isEqualTo("/api/v1/projects");
        }
    }

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    private void login(HttpClient client, String username) throws Exception {
        ServerLogin.login(client, uri("/login"), username);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
