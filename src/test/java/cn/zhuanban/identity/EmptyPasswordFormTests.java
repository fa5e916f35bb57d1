package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The password form sent without its fields comes back as the form with each field marked, not a JSON 400. */
@IntegrationTest
class EmptyPasswordFormTests {

    @Autowired
    MockMvc mvc;

    @Test
    void anEmptyPostShowsTheFormWithEachFieldRequired() throws Exception {
        String page = mvc.perform(post("/account/password")
                        .session(WebTestSupport.login(mvc, "dispatch"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("id=\"currentPassword\"").doesNotContain("\"status\":400");
        for (String field : new String[] {"currentPassword", "newPassword", "confirmPassword"}) {
            String after = page.substring(page.lastIndexOf("<input", page.indexOf("id=\"" + field + "\"")));
            assertThat(after.substring(0, after.indexOf("</div>")))
                    .as(field)
                    .contains("is-invalid")
                    .contains("必填项");
        }
        // The summary stacks its line over the list (a flex row squeezed the list on a phone) and says 必填项 once, as
        // the other forms do, not "输入有误：必填项" three times.
        String summary =
                page.substring(page.indexOf("role=\"alert\""), page.indexOf("</ul>", page.indexOf("role=\"alert\"")));
        assertThat(page).contains("class=\"alert alert-danger flex-column gap-1\"");
        assertThat(summary.split("<li>", -1)).hasSize(2);
        assertThat(page).doesNotContain("输入有误");
        // an empty confirmation is not called a mismatch
        assertThat(page).doesNotContain("两次输入的新密码不一致");
    }
}
