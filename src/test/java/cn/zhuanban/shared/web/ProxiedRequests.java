package cn.zhuanban.shared.web;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Requests through the real server (the forwarded headers are the container's to read, which MockMvc skips) as a
 * TLS-terminating proxy sends them: the client's address in X-Forwarded-For, https in X-Forwarded-Proto.
 */
final class ProxiedRequests {

    static final String CLIENT = "203.0.113.7";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final JdbcClient jdbc;

    ProxiedRequests(int port, JdbcClient jdbc) {
        this.port = port;
        this.jdbc = jdbc;
    }

    /**
     * The session cookie the login page sets, as the Set-Cookie header has it: Spring Session's {@code SESSION}, or
     * the container's {@code JSESSIONID} where a test context leaves the JDBC session store out.
     */
    String loginPageSessionCookie() throws Exception {
        return sessionCookie(send(HttpRequest.newBuilder(uri("/login")).GET(), null));
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION=") || c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
    }

    /** The address the audit log records for a failed login of an unknown name, sent through the "proxy". */
    String auditedAddressOfAFailedLogin() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/login")).GET(), null);
        String cookie = sessionCookie(page).split(";")[0];
        Matcher csrf = CSRF.matcher(page.body());
        csrf.find();
        String name = "proxy-" + System.nanoTime();
        String form = "username=" + name + "&password=wrong&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)),
                cookie);
        await().atMost(Duration.ofSeconds(10)).until(() -> address(name).isPresent());
        return address(name).orElseThrow();
    }

    private Optional<String> address(String name) {
        List<String> found = jdbc.sql(
                        "select address from audit_record where action = 'login.failed' and actor = :name")
                .param("name", name)
                .query(String.class)
                .list();
        return found.stream().findFirst();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String cookie) throws Exception {
        request.header("X-Forwarded-For", CLIENT).header("X-Forwarded-Proto", "https");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
