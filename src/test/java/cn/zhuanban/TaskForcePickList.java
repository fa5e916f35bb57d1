package cn.zhuanban;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The task force pick list of a form (meeting series, project) as its tests read it. */
public final class TaskForcePickList {

    private TaskForcePickList() {}

    /** The options the search box beside the pick list loads from {@code url} for these words, the chosen one sent. */
    public static String choices(MockMvc mvc, String url, MockHttpSession session, String q, Long chosen)
            throws Exception {
        var request = get(url).param("taskForceQ", q).session(session);
        if (chosen != null) {
            request.param("taskForceId", Long.toString(chosen));
        }
        return html(mvc, request);
    }

    /** The page of a request answered 200. */
    public static String html(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The form's task force select, options and all. */
    public static String select(String page) {
        int start = page.lastIndexOf("<select", page.indexOf("id=\"taskForceId\""));
        return page.substring(start, page.indexOf("</select>", start));
    }
}
