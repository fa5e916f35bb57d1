package cn.zhuanban;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A list page's filter in a stale bookmark that names no value of its kind is ignored, as if absent: the list is
 * shown, not a 400 page. The API keeps refusing it ({@link ApiFilterValuesTests}).
 */
@IntegrationTest
class UnknownPageFilterValuesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void anUnknownFilterValueOnAListPageIsIgnored() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        for (String path : new String[] {
            "/projects?stage=BOGUS",
            "/projects?stage=BOGUS&level=NOPE",
            "/stage-goals?status=BOGUS",
            "/talent/demands?status=BOGUS",
            "/enterprise-plans?status=BOGUS",
            "/service-items?status=BOGUS",
            "/tickets?state=BOGUS",
            "/enterprises?type=BOGUS"
        }) {
            String page = mvc.perform(get(path).session(dispatch))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page).as(path).contains("</html>");
        }
    }

    /**
     * The ignored value does not ride along: the pager's links, its rows-per-page form and the export link carry the
     * filters the list applied (the known one beside it), on the page and in the htmx answer of the filter form.
     */
    @Test
    void theListsLinksCarryTheFiltersItAppliedNotTheIgnoredValue() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        String[][] lists = {
            {"/projects?stage=BOGUS&level=DISTRICT&size=10", "/projects/export?level=DISTRICT&amp;size=10&amp;", "level"
            },
            {
                "/tickets?state=BOGUS&category=POWER&size=10",
                "/tickets/export?category=POWER&amp;size=10&amp;",
                "category"
            }
        };
        for (String[] list : lists) {
            for (boolean htmx : new boolean[] {false, true}) {
                var request = get(list[0]).session(dispatch);
                String page = mvc.perform(htmx ? request.header("HX-Request", "true") : request)
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
                assertThat(page).as(list[0]).doesNotContain("BOGUS");
                if (!htmx || list[0].startsWith("/projects")) {
                    assertThat(page).as(list[0]).contains("href=\"" + list[1] + "\"");
                }
                assertThat(page).as(list[0]).contains("type=\"hidden\" name=\"" + list[2] + "\"");
            }
        }
    }

    @Test
    void aKnownFilterValueStillFiltersAndTheApiStillRefusesAnUnknownOne() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        mvc.perform(get("/projects?stage=PRE_CONSTRUCTION").session(dispatch)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/projects").param("stage", "BOGUS").session(dispatch))
                .andExpect(status().isBadRequest());
    }
}
