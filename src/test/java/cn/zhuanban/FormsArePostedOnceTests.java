package cn.zhuanban;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Nothing twice: a form posted again with the same one-time token (a double click, the browser's resend after back, a
 * retry) makes no second record and goes to where the first post led, saying so. Posts without a token (the API,
 * htmx, these tests' other posts) run as before, and a refused post frees its token for the corrected form.
 */
@IntegrationTest
class FormsArePostedOnceTests {

    private static final Pattern TOKEN = Pattern.compile("name=\"_once\" value=\"([A-Za-z0-9_-]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPostingFormCarriesItsOwnOneTimeTokenAndAFilterFormNone() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");

        String form = page(dispatch, "/industry/chains/new");
        String other = page(dispatch, "/industry/chains/new");
        String list = page(dispatch, "/industry/chains");

        assertThat(token(form)).isNotEqualTo(token(other));
        assertThat(list).doesNotContain("name=\"_once\"");
    }

    @Test
    void aSecondPostOfTheSameFormCreatesNothingAndGoesWhereTheFirstLed() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        String token = token(page(dispatch, "/industry/chains/new"));
        String name = TestCodes.unique("一次链");

        String first = mvc.perform(create(dispatch, name).param("_once", token))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(page(dispatch, first)).contains("已保存").doesNotContain("请勿重复提交");
        MvcResult second = mvc.perform(create(dispatch, name).param("_once", token))
                .andExpect(status().isSeeOther())
                .andExpect(flash().attribute("flashWarning", "form.submitted-once"))
                .andReturn();

        assertThat(chains(name)).isEqualTo(1);
        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first).startsWith("/industry/chains/");
        assertThat(page(dispatch, first)).contains("请勿重复提交：该表单已经提交过");
    }

    @Test
    void aDoubleClickWaitsForTheFirstPostAndGoesWhereItLedWithoutAWarning() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        String token = token(page(dispatch, "/industry/chains/new"));
        jdbc.update(
                "insert into form_submission (token, username, created_at) values (?, 'dispatch', current_timestamp)",
                token);
        String name = TestCodes.unique("双击链");
        CompletableFuture<Void> firstEnds = CompletableFuture.runAsync(
                () -> jdbc.update(
                        "update form_submission set finished_at = current_timestamp, result_location = ? where token = ?",
                        "/industry/chains?first",
                        token),
                CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS));

        MvcResult second = mvc.perform(create(dispatch, name).param("_once", token))
                .andExpect(status().isSeeOther())
                .andReturn();
        firstEnds.join();

        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo("/industry/chains?first");
        assertThat(second.getFlashMap().isEmpty())
                .as("no warning after a double click")
                .isTrue();
        assertThat(chains(name)).isZero();
    }

    @Test
    void aSecondPostWhileTheFirstRunsLongerThanTheWaitIsAConflict() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        String token = token(page(dispatch, "/industry/chains/new"));
        jdbc.update(
                "insert into form_submission (token, username, created_at) values (?, 'dispatch', current_timestamp)",
                token);
        String name = TestCodes.unique("进行链");

        String page = mvc.perform(create(dispatch, name).param("_once", token))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("该表单正在提交中");
        assertThat(chains(name)).isZero();
    }

    @Test
    void aRefusedPostFreesItsTokenForTheCorrectedForm() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        String token = token(page(dispatch, "/industry/chains/new"));
        String name = TestCodes.unique("改正链");

        mvc.perform(create(dispatch, "").param("_once", token)).andExpect(status().isOk());
        mvc.perform(create(dispatch, name).param("_once", token)).andExpect(status().isFound());

        assertThat(chains(name)).isEqualTo(1);
    }

    @Test
    void postsWithoutATokenOrFromHtmxRunEachTime() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        String token = token(page(dispatch, "/industry/chains/new"));
        String bare = TestCodes.unique("无令牌链");
        String htmx = TestCodes.unique("htmx链");

        mvc.perform(create(dispatch, bare)).andExpect(status().isFound());
        mvc.perform(create(dispatch, bare + "二")).andExpect(status().isFound());
        for (String suffix : new String[] {"", "二"}) {
            mvc.perform(create(dispatch, htmx + suffix).param("_once", token).header("HX-Request", "true"))
                    .andExpect(status().isFound());
        }

        assertThat(chains(bare) + chains(bare + "二") + chains(htmx) + chains(htmx + "二"))
                .isEqualTo(4);
    }

    @Test
    void aBoostedFormIsPostedOnceLikeAPlainOne() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        String token = token(page(dispatch, "/industry/chains/new"));
        String name = TestCodes.unique("boost链");

        for (int i = 0; i < 2; i++) {
            mvc.perform(create(dispatch, name)
                            .param("_once", token)
                            .header("HX-Request", "true")
                            .header("HX-Boosted", "true"))
                    .andExpect(status().is3xxRedirection());
        }

        assertThat(chains(name)).isEqualTo(1);
    }

    private MockHttpServletRequestBuilder create(MockHttpSession session, String name) {
        return post("/industry/chains")
                .session(session)
                .with(csrf())
                .param("name", name)
                .param("sortOrder", "0")
                .param("version", "0");
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private int chains(String name) {
        return jdbc.queryForObject("select count(*) from industry_chain where name = ?", Integer.class, name);
    }

    private static String token(String html) {
        Matcher matcher = TOKEN.matcher(html);
        assertThat(matcher.find()).as("a hidden _once input").isTrue();
        return matcher.group(1);
    }
}
