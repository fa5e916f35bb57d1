package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.UserDirectory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** The district wall chart narrows its projects by part of a name, and its Excel download follows the search. */
@IntegrationTest
class BattleMapSearchTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theWallChartSearchesProjectNamesAndItsExportWritesOnlyWhatTheSearchFound() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long found = templated(dispatch);
        long other = templated(dispatch);
        String name = jdbc.sql("select name from project where id = :id")
                .param("id", found)
                .query(String.class)
                .single();

        String page = html(mvc.perform(
                get("/battle-map").param("from", "2028-06").param("q", name).session(dispatch)));

        assertThat(page)
                .contains("id=\"wall-q\"")
                .contains("value=\"" + name + "\"")
                .contains("data-project-id=\"" + found + "\"")
                .doesNotContain("data-project-id=\"" + other + "\"");
        int a = page.indexOf("href=\"", page.indexOf("id=\"wall-export\"")) + 6;
        String export = HtmlUtils.htmlUnescape(page.substring(a, page.indexOf('"', a)));
        assertThat(export).contains("q=");
        byte[] xlsx = mvc.perform(get(URI.create(export)).session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum())
                    .as("the header and the one project found")
                    .isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(name);
        }
        // A typed wildcard is looked for as itself.
        assertThat(html(mvc.perform(get("/battle-map").param("q", "%").session(dispatch))))
                .doesNotContain("data-project-id=\"" + found + "\"");
    }

    private static String html(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long templated(MockHttpSession dispatch) throws Exception {
        long enterpriseId = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2028-06-30");
        mvc.perform(post("/projects/" + id + "/plan/template")
                        .session(dispatch)
                        .with(csrf())
                        .param("version", PlanFixtures.version(mvc, dispatch, id))
                        .param("template", "industrial"))
                .andExpect(status().isOk());
        return id;
    }
}
