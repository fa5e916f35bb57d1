package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.UserDirectory;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A report's site photos show their date and place as a caption under each photo: in the image's title alone a phone
 * never showed them. The photo's size comes from the stylesheet, not a style attribute.
 */
@IntegrationTest
class PlanProgressPhotoCaptionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    @Test
    void eachPhotoHasItsDateAndPlaceUnderItAndNoStyleAttribute() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long enterpriseId = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
        LocalDate today = PlanProgressTests.TODAY;
        long id = PlanFixtures.latePlan(mvc, dispatch, enterpriseId, today);
        LocalDate taken = today.minusDays(2);
        mvc.perform(multipart("/projects/" + id + "/plan/rows/A/progress")
                        .file(new MockMultipartFile("photos", "site.png", "image/png", PlanProgressTests.PNG))
                        .param("percentComplete", "40")
                        .param("actualStart", today.minusDays(10).toString())
                        .param("photosTakenOn", taken.toString())
                        .param("photosPlace", "三号厂房北侧")
                        .session(dispatch)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        String page = mvc.perform(
                        get("/projects/" + id + "/plan/rows/A/progress").session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String history = page.substring(page.indexOf("id=\"progress-history\""));
        assertThat(history)
                .contains("<figure class=\"progress-photo\">")
                .containsPattern("<figcaption[^>]*>" + taken + " · 三号厂房北侧</figcaption>")
                .doesNotContain("style=");
    }
}
