package cn.zhuanban.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A first post whose node died while it ran leaves its token "running" for good: after a minute the next post of the
 * form takes the token over and runs (no 409 until the nightly purge), and of two posts taking it over only one does.
 */
@IntegrationTest
class AbandonedFormPostsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    FormSubmissions submissions;

    @Test
    void aResendAfterTheFirstPostWasAbandonedTakesItsTokenOverAndRuns() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        String token = running(Duration.ofMinutes(2));
        String name = TestCodes.unique("接管链");

        String location = mvc.perform(post("/industry/chains")
                        .session(dispatch)
                        .with(csrf())
                        .param("name", name)
                        .param("sortOrder", "0")
                        .param("version", "0")
                        .param("_once", token))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        assertThat(jdbc.sql("select count(*) from industry_chain where name = :name")
                        .param("name", name)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        FormSubmissions.Submission taken = submissions.find(token).orElseThrow();
        assertThat(taken.finished()).isTrue();
        assertThat(taken.location()).isEqualTo(location);
        assertThat(taken.username()).isEqualTo("dispatch");
    }

    @Test
    void onlyOnePostTakesAnAbandonedTokenOverAndARecentOneIsNotTaken() {
        String abandoned = running(Duration.ofMinutes(2));
        String recent = running(Duration.ofSeconds(10));
        var before = clock.instant().minus(Duration.ofMinutes(1));

        assertThat(submissions.takeOver(abandoned, "dispatch", before)).isTrue();
        assertThat(submissions.takeOver(abandoned, "dispatch", before))
                .as("taken over already: claimed anew just now")
                .isFalse();
        assertThat(submissions.takeOver(recent, "dispatch", before)).isFalse();

        submissions.finish(abandoned, "/somewhere");
        jdbc.sql("update form_submission set created_at = :at where token = :token")
                .param("at", Timestamp.from(clock.instant().minus(Duration.ofMinutes(2))))
                .param("token", abandoned)
                .update();
        assertThat(submissions.takeOver(abandoned, "dispatch", before))
                .as("a finished post is never taken over")
                .isFalse();
    }

    /** A token claimed {@code age} ago by a post that never finished. */
    private String running(Duration age) {
        String token = UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("insert into form_submission (token, username, created_at) values (:token, 'dispatch', :at)")
                .param("token", token)
                .param("at", Timestamp.from(clock.instant().minus(age)))
                .update();
        return token;
    }
}
