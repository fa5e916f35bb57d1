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

    @Test
    void aKnownFilterValueStillFiltersAndTheApiStillRefusesAnUnknownOne() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        mvc.perform(get("/projects?stage=PRE_CONSTRUCTION").session(dispatch)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/projects").param("stage", "BOGUS").session(dispatch))
                .andExpect(status().isBadRequest());
    }
}
