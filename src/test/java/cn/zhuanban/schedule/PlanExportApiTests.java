package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.UserDirectory;
import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code GET /api/v1/projects/{id}/plan/export}: the XER counts in yuan like the MS Project file and says the charset
 * of its bytes; the format is a query value, so its case does not matter, and an unknown one is refused naming the
 * allowed values.
 */
@IntegrationTest
class PlanExportApiTests {

    private static final Charset GB18030 = Charset.forName("GB18030");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    MockHttpSession dispatch;
    long id;

    @BeforeEach
    void plan() throws Exception {
        dispatch = WebTestSupport.login(mvc, "dispatch");
        long enterpriseId = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
        id = PlanFixtures.templated(mvc, dispatch, enterpriseId, "2027-03-01", "2028-06-30");
    }

    private MockHttpServletResponse export(String format) throws Exception {
        return mvc.perform(get("/api/v1/projects/" + id + "/plan/export")
                        .param("format", format)
                        .session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
    }

    @Test
    void theXerCountsInYuanAndDeclaresTheCharsetOfItsBytes() throws Exception {
        MockHttpServletResponse xer = export("xer");
        MediaType type = MediaType.parseMediaType(xer.getContentType());
        assertThat(type.isCompatibleWith(MediaType.TEXT_PLAIN)).isTrue();
        assertThat(type.getCharset()).isEqualTo(GB18030);
        String text = new String(xer.getContentAsByteArray(), type.getCharset());
        List<String> lines = text.lines().toList();
        assertThat(lines.getFirst()).startsWith("ERMHDR").endsWith("\tCNY").doesNotContain("USD");
        assertThat(text).contains("土地供应").doesNotContain("US Dollar").doesNotContain("\t$\t");
        int header = lines.indexOf("%T\tCURRTYPE");
        assertThat(header).isPositive();
        assertThat(lines.get(header + 2)).contains("CNY").contains("¥");
    }

    @Test
    void theFormatIgnoresCaseAndAnUnknownOneListsTheAllowedValues() throws Exception {
        assertThat(new String(export("MSPDI").getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("<Project");
        assertThat(export("Xer").getContentAsString(GB18030)).startsWith("ERMHDR");
        mvc.perform(get("/api/v1/projects/" + id + "/plan/export")
                        .param("format", "pdf")
                        .session(dispatch))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("format"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("mspdi|xer|xlsx")));
    }
}
