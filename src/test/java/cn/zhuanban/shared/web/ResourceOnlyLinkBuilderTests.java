package cn.zhuanban.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Only links into the webjars and the static folders go through the resource URL lookup; pages keep theirs. */
@IntegrationTest
class ResourceOnlyLinkBuilderTests {

    @Autowired
    MockMvc mvc;

    @Test
    void staticRootsAreTheWebjarsAndTheStaticFolders() {
        assertThat(LinkBuilderConfiguration.staticRoots()).contains("webjars", "css", "js", "img");
    }

    @Test
    void onlyLinksUnderAStaticRootMayBeResources() {
        var builder = new LinkBuilderConfiguration.ResourceOnlyLinkBuilder(Set.of("webjars", "css", "js", "img"));
        assertThat(builder.mayBeResource("/webjars/htmx.org/dist/htmx.min.js", ""))
                .isTrue();
        assertThat(builder.mayBeResource("/css/app.css?v=1", "")).isTrue();
        assertThat(builder.mayBeResource("/app/js/app.js", "/app")).isTrue();
        assertThat(builder.mayBeResource("/projects/12", "")).isFalse();
        assertThat(builder.mayBeResource("/projects/12/battle-map.svg", "")).isFalse();
        assertThat(builder.mayBeResource("/tickets?todo=OVERDUE", "")).isFalse();
        assertThat(builder.mayBeResource("/cssx/a.css", "")).isFalse();
        assertThat(builder.mayBeResource("?lang=en", "")).isFalse();
    }

    @Test
    void webjarLinksStillCarryTheirVersionAndPageLinksStayAsWritten() throws Exception {
        String page = mvc.perform(get("/projects").session(WebTestSupport.login(mvc, "dispatch")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).containsPattern("src=\"/webjars/htmx\\.org/[0-9][0-9.]*/dist/htmx\\.min\\.js\"");
        assertThat(page).contains("href=\"/css/app.css\"").containsPattern("href=\"/projects/[0-9]+\"");
    }
}
