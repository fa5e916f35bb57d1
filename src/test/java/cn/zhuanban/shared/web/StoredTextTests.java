package cn.zhuanban.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A NUL character or a lone surrogate is refused naming the field, in JSON, query and form fields alike: PostgreSQL
 * refused a NUL with a 500 after the request had done its work, and a lone surrogate was stored as "?". A login name
 * with a NUL is a failed login like any unknown name, and audited.
 */
@IntegrationTest
class StoredTextTests {

    private static final String REFUSED = "含有无法保存的字符";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aJsonStringWithANulOrALoneSurrogateIsRefusedNamingTheField() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        for (String title : new String[] {"a\\u0000b", "\\ud800x", "x\\udc00"}) {
            mvc.perform(post("/api/v1/tickets")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"projectId": 1, "category": "POWER", "title": "%s", "description": "d",
                                     "severity": "NORMAL"}""".formatted(title))
                            .session(dispatch)
                            .with(csrf()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("validation"))
                    .andExpect(jsonPath("$.field").value("title"))
                    .andExpect(jsonPath("$.detail").value(Matchers.startsWith("title: " + REFUSED)));
        }
    }

    @Test
    void aPairedSurrogateIsText() {
        assertThat(StoredText.refused("\uD83D\uDE00 表情")).isFalse();
        assertThat(StoredText.refused("tab\tand\nline")).isFalse();
        assertThat(StoredText.refused("\uD83D")).isTrue();
        assertThat(StoredText.refused("a\0b")).isTrue();
    }

    @Test
    void aQueryOrFormFieldWithANulIsRefusedNamingTheField() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        mvc.perform(get("/api/v1/projects").param("q", "a\0b").session(dispatch))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.field").value("q"));
        mvc.perform(get("/projects").param("q", "\0").session(dispatch))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString(REFUSED)));
        String name = "链" + UUID.randomUUID();
        mvc.perform(post("/industry/chains")
                        .session(dispatch)
                        .with(csrf())
                        .param("name", name + "\0")
                        .param("sortOrder", "0")
                        .param("version", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString(REFUSED)));
        assertThat(jdbc.sql("select count(*) from industry_chain where name like :n")
                        .param("n", name + "%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aLoginNameWithANulIsAFailedLoginAndAudited() throws Exception {
        String name = "evil" + UUID.randomUUID().toString().substring(0, 8);

        mvc.perform(formLogin().user(name + "\0user").password("Wrong#2026pw"))
                .andExpect(redirectedUrl("/login?error=bad"));

        AuditTrail.awaitRecord(jdbc, "login.failed", name + "\uFFFDuser", null);
    }
}
