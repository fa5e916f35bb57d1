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
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A first post whose node died while it ran leaves its token "running" for good: after a minute the next post of the
 * form takes the token over and runs (no 409 until the nightly purge), and of two posts taking it over only one does.
 * A first post that was only slow and ends after its token was taken over changes nothing of the post that took it.
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

        FormSubmissions.Claim taken =
                submissions.takeOver(abandoned, "dispatch", before).orElseThrow();
        assertThat(submissions.takeOver(abandoned, "dispatch", before))
                .as("taken over already: claimed anew just now")
                .isEmpty();
        assertThat(submissions.takeOver(recent, "dispatch", before)).isEmpty();

        assertThat(submissions.finish(taken, "/somewhere")).isTrue();
        claimedAgo(abandoned, Duration.ofMinutes(2));
        assertThat(submissions.takeOver(abandoned, "dispatch", before))
                .as("a finished post is never taken over")
                .isEmpty();
    }

    @Test
    void aSlowFirstPostEndingAfterItsTokenWasTakenOverNeitherFinishesNorFreesIt() {
        String token = UUID.randomUUID().toString().replace("-", "");
        FormSubmissions.Claim slow = submissions.claim(token, "dispatch").orElseThrow();
        claimedAgo(token, Duration.ofMinutes(2));
        FormSubmissions.Claim resend = submissions
                .takeOver(token, "dispatch", clock.instant().minus(Duration.ofMinutes(1)))
                .orElseThrow();

        assertThat(submissions.finish(slow, "/from-the-slow-post")).isFalse();
        assertThat(submissions.release(slow)).isFalse();
        FormSubmissions.Submission running = submissions.find(token).orElseThrow();
        assertThat(running.finished()).as("still the resend's, running").isFalse();

        assertThat(submissions.finish(resend, "/from-the-resend")).isTrue();
        assertThat(submissions.release(slow))
                .as("nor freed once the resend has finished")
                .isFalse();
        assertThat(submissions.finish(slow, "/from-the-slow-post")).isFalse();
        assertThat(submissions.find(token).orElseThrow().location()).isEqualTo("/from-the-resend");
    }

    @Test
    void theInterceptorLetsOnlyTheResendRecordWhereTheFormLed() throws Exception {
        var forms = new OnceOnlyForms(submissions, Duration.ofSeconds(1), Duration.ofMinutes(1), clock);
        String token = UUID.randomUUID().toString().replace("-", "");
        MockHttpServletRequest slow = formPost(token);
        MockHttpServletRequest resend = formPost(token);

        assertThat(forms.preHandle(slow, new MockHttpServletResponse(), new Object()))
                .isTrue();
        claimedAgo(token, Duration.ofMinutes(2));
        assertThat(forms.preHandle(resend, new MockHttpServletResponse(), new Object()))
                .as("the slow post taken for abandoned")
                .isTrue();
        forms.afterCompletion(slow, redirectedTo("/from-the-slow-post"), new Object(), null);
        assertThat(submissions.find(token).orElseThrow().finished())
                .as("the slow post recorded nothing")
                .isFalse();

        forms.afterCompletion(resend, redirectedTo("/from-the-resend"), new Object(), null);

        assertThat(submissions.find(token).orElseThrow().location()).isEqualTo("/from-the-resend");
    }

    private static MockHttpServletRequest formPost(String token) {
        var request = new MockHttpServletRequest("POST", "/industry/chains");
        request.addParameter(OnceTokenFields.FIELD, token);
        return request;
    }

    private static MockHttpServletResponse redirectedTo(String location) {
        var response = new MockHttpServletResponse();
        response.setStatus(302);
        response.setHeader("Location", location);
        return response;
    }

    @Test
    void theClaimingPostFinishesOrFreesItsOwnToken() {
        String saved = UUID.randomUUID().toString().replace("-", "");
        String refused = UUID.randomUUID().toString().replace("-", "");
        FormSubmissions.Claim save = submissions.claim(saved, "dispatch").orElseThrow();
        FormSubmissions.Claim refusal = submissions.claim(refused, "dispatch").orElseThrow();
        assertThat(submissions.claim(saved, "dispatch")).as("claimed already").isEmpty();

        assertThat(submissions.finish(save, "/saved")).isTrue();
        assertThat(submissions.release(refusal)).isTrue();

        assertThat(submissions.find(saved).orElseThrow().location()).isEqualTo("/saved");
        assertThat(submissions.find(refused))
                .as("freed: the form may be sent again")
                .isEmpty();
    }

    private void claimedAgo(String token, Duration age) {
        jdbc.sql("update form_submission set created_at = :at where token = :token")
                .param("at", Timestamp.from(clock.instant().minus(age)))
                .param("token", token)
                .update();
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
