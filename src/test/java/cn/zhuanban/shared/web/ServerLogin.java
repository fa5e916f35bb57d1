package cn.zhuanban.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Logs a real HTTP client (with a cookie manager) into the embedded server as a browser would: the login form's CSRF
 * token, then the form post. For tests of what only a running server does (Tomcat's own errors, the error pages).
 */
final class ServerLogin {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private ServerLogin() {}

    static void login(HttpClient client, URI loginPage, String username) throws Exception {
        String form = client.send(
                        HttpRequest.newBuilder(loginPage).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body();
        Matcher csrf = CSRF.matcher(form);
        assertThat(csrf.find()).isTrue();
        String body = "username=" + username + "&password=" + URLEncoder.encode("Zhuanban@2026", StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> loggedIn = client.send(
                HttpRequest.newBuilder(loginPage)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(loggedIn.uri().getPath()).isEqualTo("/");
    }
}
