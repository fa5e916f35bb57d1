package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code ?lang=} on a GET switches only the session's language: a link or image on another site must not change a
 * user's language for every later login. The language menu's post (with its CSRF token) saves it on the account.
 */
@IntegrationTest
class LanguagePreferenceTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentityManagement identity;

    @Test
    void aGetSwitchesTheSessionOnlyAndThePostSavesTheAccountsLanguage() throws Exception {
        long id = IdentityTestUsers.create(identity, IdentityTestUsers.uniqueUsername("lang"));
        MockHttpSession session = login(id);

        String page = mvc.perform(get("/account/password").param("lang", "en").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("lang=\"en\"");
        assertThat(storedLocale(id)).isNull();

        mvc.perform(post("/account/locale").param("lang", "en").session(session))
                .andExpect(status().isForbidden());
        assertThat(storedLocale(id)).isNull();

        mvc.perform(post("/account/locale")
                        .param("lang", "en")
                        .session(session)
                        .with(csrf())
                        .header("Referer", "http://localhost/account/password?x=1"))
                .andExpect(redirectedUrl("/account/password?x=1"));
        assertThat(storedLocale(id)).isEqualTo("en");

        mvc.perform(post("/account/locale")
                        .param("lang", "zh-CN")
                        .session(session)
                        .with(csrf())
                        .header("Referer", "https://elsewhere.example/page"))
                .andExpect(redirectedUrl("/"));
        assertThat(storedLocale(id)).isEqualTo("zh-CN");
    }

    @Test
    void theLanguageMenuOfALoggedInUserIsAPost() throws Exception {
        long id = IdentityTestUsers.create(identity, IdentityTestUsers.uniqueUsername("langmenu"));
        String page = mvc.perform(get("/account/password").session(login(id)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).containsPattern("<form[^>]*action=\"/account/locale\"");
    }

    private MockHttpSession login(long id) throws Exception {
        String username = jdbc.sql("select username from app_user where id = ?")
                .param(id)
                .query(String.class)
                .single();
        return (MockHttpSession) mvc.perform(formLogin().user(username).password(IdentityTestUsers.INITIAL_PASSWORD))
                .andReturn()
                .getRequest()
                .getSession(false);
    }

    private String storedLocale(long id) {
        return jdbc.sql("select locale from app_user where id = ?")
                .param(id)
                .query(String.class)
                .list()
                .getFirst();
    }
}
