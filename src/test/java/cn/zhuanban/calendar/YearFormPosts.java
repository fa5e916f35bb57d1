package cn.zhuanban.calendar;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** A post of the 新增/修订年度安排 form: rows of name, first day off, last day off and make-up days, as typed. */
final class YearFormPosts {

    private YearFormPosts() {}

    static MockHttpServletRequestBuilder post(MockHttpSession session, int year, List<List<String>> rows) {
        MockHttpServletRequestBuilder post = MockMvcRequestBuilders.post("/calendar/year-form")
                .session(session)
                .with(csrf())
                .param("year", Integer.toString(year));
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            String at = "rows[" + i + "].";
            post.param(at + "name", row.get(0))
                    .param(at + "firstOff", row.get(1))
                    .param(at + "lastOff", row.get(2))
                    .param(at + "makeUpDays", row.get(3));
        }
        return post;
    }
}
