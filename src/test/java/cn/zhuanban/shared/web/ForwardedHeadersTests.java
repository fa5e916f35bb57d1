package cn.zhuanban.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Without a proxy configured, forwarded headers are a client's own words: they neither put another address into the
 * audit log nor make a plain-HTTP session cookie Secure (see README, "Behind a reverse proxy").
 */
@IntegrationTest
class ForwardedHeadersTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aClientCannotWriteItsOwnAddressIntoTheAuditLog() throws Exception {
        assertThat(new ProxiedRequests(port, jdbc).auditedAddressOfAFailedLogin())
                .isNotEqualTo(ProxiedRequests.CLIENT)
                .isEqualTo("127.0.0.1");
    }

    @Test
    void theSessionCookieOverPlainHttpIsNotMarkedSecure() throws Exception {
        assertThat(new ProxiedRequests(port, jdbc).loginPageSessionCookie()).doesNotContainIgnoringCase("Secure");
    }
}
