package cn.zhuanban.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Deployed behind a TLS-terminating proxy with the two properties the README names (here the proxy is the test
 * itself, at 127.0.0.1): the session cookie is Secure and the audit log records the client's address, not the proxy's.
 */
@IntegrationTest
@TestPropertySource(
        properties = {
            "server.forward-headers-strategy=native",
            "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1",
            // Sessions in the database as deployed (the shared test context leaves them out): Spring Session's
            // cookie serializer, not the container, decides whether the cookie is Secure.
            "spring.autoconfigure.exclude="
        })
class ReverseProxyTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSessionStartedOverHttpsAtTheProxyGetsASecureCookie() throws Exception {
        assertThat(new ProxiedRequests(port, jdbc).loginPageSessionCookie())
                .startsWith("SESSION=")
                .containsIgnoringCase("; Secure");
    }

    @Test
    void theAuditLogRecordsTheAddressTheProxyForwards() throws Exception {
        assertThat(new ProxiedRequests(port, jdbc).auditedAddressOfAFailedLogin())
                .isEqualTo(ProxiedRequests.CLIENT);
    }
}
