package cn.zhuanban.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.CustomRoleAccounts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.RoleManagement;
import cn.zhuanban.identity.UserDirectory;
import com.jayway.jsonpath.JsonPath;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A request the application refuses before any page handles it (an address with a word where a number belongs, a list
 * page asked for page "abc") gets a page in the user's language, through the real server: the container's error
 * dispatch is what showed Spring's English "Whitelabel Error Page", and MockMvc never makes it.
 */
@IntegrationTest
class ErrorPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    RoleManagement roles;

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Test
    void aMalformedAddressGetsAChinesePageNotTheWhitelabelOne() throws Exception {
        try (HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build()) {
            login(client, "dispatch");
            for (String path : new String[] {"/projects/choices?projectId=abc", "/calendar?year=abc"}) {
                HttpResponse<String> page = client.send(
                        HttpRequest.newBuilder(uri(path))
                                .header("Accept", "text/html")
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertThat(page.statusCode()).as(path).isEqualTo(400);
                assertThat(page.body()).as(path).contains("请求有误").doesNotContain("Whitelabel");
            }
            // a word where the address names a record names nothing: the page of an unknown one, not a form's error
            for (String path : new String[] {"/projects/abc", "/tickets/abc", "/meetings/contacts", "/enterprises/x"}) {
                HttpResponse<String> page = client.send(
                        HttpRequest.newBuilder(uri(path))
                                .header("Accept", "text/html")
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertThat(page.statusCode()).as(path).isEqualTo(404);
                assertThat(page.body()).as(path).contains("页面或数据不存在").doesNotContain("Whitelabel", "请求有误");
            }
            HttpResponse<String> api = client.send(
                    HttpRequest.newBuilder(uri("/api/v1/projects/abc"))
                            .header("Accept", "application/json")
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(api.statusCode()).isEqualTo(404);
            assertThat(JsonPath.<String>read(api.body(), "$.code")).isEqualTo("not-found");
        }
    }

    /**
     * A browser opening an address that only forms post to (a candidate's, an event's, a partner's, a referrer's) was
     * told 请求有误 (405): there is no page there, so it gets the page of one not found. A script keeps the 405 (below).
     */
    @Test
    void aBrowserOpeningAnAddressOnlyFormsPostToGetsTheNotFoundPage() throws Exception {
        try (HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build()) {
            login(client, "dispatch");
            for (String path : new String[] {
                "/talent/candidates/1", "/talent/events/1", "/investment/partners/1", "/investment/referrers/1"
            }) {
                HttpResponse<String> page = client.send(
                        HttpRequest.newBuilder(uri(path))
                                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertThat(page.statusCode()).as(path).isEqualTo(404);
                assertThat(page.headers().firstValue("Allow")).as(path).isEmpty();
                assertThat(page.body()).as(path).contains("页面或数据不存在").doesNotContain("请求有误", "Whitelabel");
            }
        }
    }

    @Test
    void aScriptGetsAProblemInItsLanguageWithAStableCodeForAnAddressNoControllerTakes() throws Exception {
        try (HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build()) {
            login(client, "dispatch");
            // a GET where only POST is mapped, as curl sends it (any type accepted), in the default language
            HttpResponse<String> get = client.send(
                    HttpRequest.newBuilder(uri("/projects/1/plan/rows/A/duration"))
                            .header("Accept", "*/*")
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(get.statusCode()).isEqualTo(405);
            assertThat(get.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(JsonPath.<String>read(get.body(), "$.code")).isEqualTo("method-not-allowed");
            assertThat(JsonPath.<Integer>read(get.body(), "$.status")).isEqualTo(405);
            assertThat(JsonPath.<String>read(get.body(), "$.title")).isEqualTo("请求方法不允许");
            assertThat(get.body()).doesNotContain("timestamp", "Method Not Allowed", "trace", "exception");

            // a browser still gets the page
            HttpResponse<String> page = client.send(
                    HttpRequest.newBuilder(uri("/no-such-page"))
                            .header("Accept", "text/html")
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(page.statusCode()).isEqualTo(404);
            assertThat(page.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(page.body()).contains("页面或数据不存在");
        }
        try (HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build()) {
            // an unknown address asked for JSON by a user who chose English (a fresh account: the choice is kept)
            login(
                    client,
                    new CustomRoleAccounts(roles, identity, directory)
                            .create(DataScope.ALL, null, Set.of(Permissions.PLAN_VIEW)));
            client.send(
                    HttpRequest.newBuilder(uri("/?lang=en")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            HttpResponse<String> unknown = client.send(
                    HttpRequest.newBuilder(uri("/no-such-page"))
                            .header("Accept", "application/json")
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(JsonPath.<String>read(unknown.body(), "$.code")).isEqualTo("not-found");
            assertThat(JsonPath.<String>read(unknown.body(), "$.title")).isEqualTo("Not found");
            assertThat(JsonPath.<String>read(unknown.body(), "$.detail")).contains("nothing at this address");
            assertThat(unknown.body()).doesNotContain("timestamp", "No static resource", "trace");
        }
    }

    private void login(HttpClient client, String username) throws Exception {
        ServerLogin.login(client, uri("/login"), username);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
