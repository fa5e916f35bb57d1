package cn.zhuanban;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A list's filter given a value it cannot read is refused in the user's language, naming the filter and what was
 * given: a provincial platform's script sending a card or a stage that does not exist read Spring's English text about
 * Java types ("Failed to convert value of type 'java.lang.String' to required type …TicketCard").
 */
@IntegrationTest
class ApiFilterValuesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aChoiceThatDoesNotExistIsNotOneOfTheChoices() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");

        mvc.perform(get("/api/v1/tickets").param("card", "PURPLE").session(dispatch))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.detail").value("card: 不是可选的值：PURPLE"));
        mvc.perform(get("/api/v1/projects").param("stage", "FOO").session(dispatch))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("stage: 不是可选的值：FOO"));
    }

    @Test
    void aNumberThatIsNoNumberSaysWhatWasGiven() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");

        mvc.perform(get("/api/v1/tickets").param("projectId", "abc").session(dispatch))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", Matchers.startsWith("projectId: ")))
                .andExpect(jsonPath("$.detail", Matchers.endsWith("abc")))
                .andExpect(jsonPath("$.detail", Matchers.not(Matchers.containsString("convert"))));
    }
}
