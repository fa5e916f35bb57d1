package cn.zhuanban.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.audit.AuditManagement;
import cn.zhuanban.audit.AuditManagement.AuditFilter;
import cn.zhuanban.shared.PageQuery;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

/**
 * A login the server could not complete (the database timed out locking app_user while the demo was seeded) is no
 * failed login: the audit log records none, and the user is told to try again, not that his password was wrong. A
 * wrong password still is one.
 */
@IntegrationTest
class ServerErrorAtLoginTests {

    @Autowired
    LoginHandlers handlers;

    @Autowired
    AuditManagement audit;

    @Test
    void aServerErrorIsNotAuditedAsAFailedLoginButAWrongPasswordIs() throws Exception {
        String unlucky = TestCodes.unique("unlucky").toLowerCase(Locale.ROOT);
        String wrong = TestCodes.unique("wrong").toLowerCase(Locale.ROOT);

        MockHttpServletResponse timedOut = fail(
                unlucky,
                new InternalAuthenticationServiceException(
                        "lock", new QueryTimeoutException("Timeout trying to lock table APP_USER")));
        MockHttpServletResponse badPassword = fail(wrong, new BadCredentialsException("bad"));

        assertThat(timedOut.getRedirectedUrl()).isEqualTo("/login?error=unavailable");
        assertThat(badPassword.getRedirectedUrl()).isEqualTo("/login?error=bad");
        await().atMost(Duration.ofSeconds(10)).until(() -> failures(wrong) == 1);
        assertThat(failures(unlucky)).isZero();
    }

    private MockHttpServletResponse fail(String username, org.springframework.security.core.AuthenticationException e)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setParameter("username", username);
        MockHttpServletResponse response = new MockHttpServletResponse();
        handlers.onAuthenticationFailure(request, response, e);
        return response;
    }

    private long failures(String username) {
        return audit.search(new AuditFilter(username, null, null, "login.", null, null), new PageQuery(0, 10))
                .totalElements();
    }
}
