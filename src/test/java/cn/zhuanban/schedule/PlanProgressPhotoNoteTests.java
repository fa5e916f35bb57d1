package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.UserDirectory;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * A refused progress report comes back without the site photos that were attached (a browser cannot refill a file
 * field): the form says so beside the photo field, so that nobody believes they were saved.
 */
@IntegrationTest
class PlanProgressPhotoNoteTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    MockHttpSession dispatch;
    long enterpriseId;

    @BeforeEach
    void login() throws Exception {
        dispatch = WebTestSupport.login(mvc, "dispatch");
        enterpriseId = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
    }

    @Test
    void aRefusedReportWithAPhotoSaysThePhotoWasNotSavedInBothLanguages() throws Exception {
        long id = PlanFixtures.latePlan(mvc, dispatch, enterpriseId, PlanProgressTests.TODAY);

        assertThat(refused(id, true)).contains("id=\"photos-dropped\"").contains("照片未保存，请重新选择（刚才选择了 1 张）");

        dispatch.setAttribute(SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME, Locale.ENGLISH);
        assertThat(refused(id, true)).contains("The photos were not saved (1 chosen): please choose them again.");
    }

    @Test
    void aRefusedReportWithoutAPhotoSaysNothingAboutPhotos() throws Exception {
        long id = PlanFixtures.latePlan(mvc, dispatch, enterpriseId, PlanProgressTests.TODAY);

        assertThat(refused(id, false)).contains("请至少填写完成百分比或实际开始/完成日期").doesNotContain("photos-dropped");
    }

    /** A report with neither a percentage nor dates: refused beside the form. */
    private String refused(long id, boolean withPhoto) throws Exception {
        var request = multipart("/projects/" + id + "/plan/rows/A/progress")
                .param("percentComplete", "")
                .param("note", "现场已进场")
                .session(dispatch)
                .with(csrf());
        if (withPhoto) {
            request.file(new MockMultipartFile("photos", "site.png", "image/png", PlanProgressTests.PNG));
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
