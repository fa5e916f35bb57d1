package cn.zhuanban;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
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

    /** A body that is no JSON says where it breaks, in the user's language, without the parser's English. */
    @Test
    void aBodyThatIsNoJsonSaysWhereItBreaks() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");

        mvc.perform(post("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"脚本\",\n bad}")
                        .session(dispatch)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.detail", Matchers.startsWith("请求内容不是有效的 JSON（第 2 行")))
                .andExpect(jsonPath("$.detail", Matchers.not(Matchers.containsString("Unexpected"))));
        mvc.perform(post("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .session(dispatch)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请求缺少内容，请发送 JSON。"));
    }

    /** A JSON value of the wrong type names the property once and what was sent. */
    @Test
    void aJsonValueOfTheWrongTypeSaysWhatWasSent() throws Exception {
        mvc.perform(post("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"脚本\", \"expiresInDays\": \"abc\"}")
                        .session(WebTestSupport.login(mvc, "dispatch"))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("expiresInDays: 格式不正确：abc"))
                .andExpect(jsonPath("$.field").value("expiresInDays"));
    }

    /**
     * A decimal where a whole number is expected is refused naming the value: cut to 1, {@code projectId: 1.5} filed a
     * ticket on project 1 and {@code expiresInDays: 1.5} issued a token for one day.
     */
    @Test
    void aDecimalWhereAWholeNumberIsExpectedIsRefusedNotCut() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        mvc.perform(post("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"脚本\", \"expiresInDays\": 1.5}")
                        .session(dispatch)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.field").value("expiresInDays"))
                .andExpect(jsonPath("$.detail").value("expiresInDays: 格式不正确：1.5"));
        mvc.perform(post("/api/v1/tickets")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"projectId": 1.5, "category": "POWER", "title": "用电", "description": "x",
                                 "severity": "NORMAL"}""")
                        .session(dispatch)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("projectId"));
        mvc.perform(post("/api/v1/schedule")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"start\": \"2026-03-02\", \"tasks\": [ {\"key\": \"A\", \"duration\": 1.5} ]}")
                        .session(dispatch)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("tasks[0].duration"));
    }

    /**
     * A query parameter missing or of the wrong form is named in {@code field} as a body's input is: the README
     * tells clients to read the input at fault there, and {@code fields} lists it too.
     */
    @Test
    void aParameterAtFaultAloneIsNamedInField() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        String[][] refused = {
            {"/api/v1/calendar/add-working-days?from=2026-09-29", "days"},
            {"/api/v1/calendar/add-working-days?from=2026-13-01&days=3", "from"},
            {"/api/v1/projects?page=x", "page"},
            {"/api/v1/projects?stage=FOO", "stage"},
            {"/api/v1/tickets?card=PURPLE", "card"},
        };
        for (String[] call : refused) {
            mvc.perform(get(call[0]).session(dispatch))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("validation"))
                    .andExpect(jsonPath("$.field").value(call[1]))
                    .andExpect(jsonPath("$.fields", Matchers.contains(call[1])));
        }
        // a word where the path names a record names nothing: 404, as an unknown number, not a 400 naming "id"
        mvc.perform(get("/api/v1/projects/abc").session(dispatch))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"))
                .andExpect(jsonPath("$.field").doesNotExist());
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
