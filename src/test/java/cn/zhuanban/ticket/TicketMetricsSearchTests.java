package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/**
 * The metrics page's search box narrows projects and departments by part of their name, and its Excel export writes
 * what the search found (every page of it), not every group in the scope.
 */
@IntegrationTest
class TicketMetricsSearchTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketFlows flows;

    @Autowired
    TicketMetrics metrics;

    @Test
    void theProjectExportWritesOnlyTheProjectsTheSearchFound() throws Exception {
        flows.signedByPower();
        List<MetricsRow> all = metrics.by(MetricsDimension.PROJECT, flows.user("dispatch"));
        assertThat(all).hasSizeGreaterThan(2);
        String q = all.getFirst().label();
        List<String> found =
                all.stream().map(MetricsRow::label).filter(l -> l.contains(q)).toList();
        assertThat(found).hasSizeLessThan(all.size());
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");

        String page = html(dispatch, "/tickets/metrics?dimension=PROJECT&q=" + encoded(q));

        assertThat(groups(dispatch, exportLink(page))).containsExactlyInAnyOrderElementsOf(found);
        assertThat(groups(dispatch, "/tickets/metrics/export?dimension=PROJECT"))
                .hasSize(all.size());
    }

    @Test
    void theDepartmentMetricsHaveASearchByDepartmentNameThatTheExportFollows() throws Exception {
        flows.signedByPower();
        List<MetricsRow> all = metrics.by(MetricsDimension.DEPARTMENT, flows.user("dispatch"));
        assertThat(all).hasSizeGreaterThan(1);
        String name = all.getFirst().label();
        List<String> found = all.stream()
                .map(MetricsRow::label)
                .filter(l -> l.contains(name))
                .toList();
        assertThat(found).hasSizeLessThan(all.size());
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");

        assertThat(html(dispatch, "/tickets/metrics?dimension=DEPARTMENT"))
                .contains("id=\"metrics-search\"")
                .contains("placeholder=\"部门名称\"");
        String page = html(dispatch, "/tickets/metrics?dimension=DEPARTMENT&q=" + encoded(name));
        assertThat(page.split("data-key=").length - 1).isEqualTo(found.size());
        assertThat(page).contains("data-key=\"" + all.getFirst().key() + "\"");
        assertThat(groups(dispatch, exportLink(page))).containsExactlyInAnyOrderElementsOf(found);
        // A typed wildcard is looked for as itself.
        assertThat(html(dispatch, "/tickets/metrics?dimension=DEPARTMENT&q=%25"))
                .doesNotContain("data-key=");
    }

    /** The page's 导出 Excel link, as the browser follows it. */
    private static String exportLink(String page) {
        int a = page.indexOf("href=\"", page.indexOf("id=\"metrics-export\"")) + 6;
        return HtmlUtils.htmlUnescape(page.substring(a, page.indexOf('"', a)));
    }

    private static String encoded(String q) {
        return UriUtils.encodeQueryParam(q, java.nio.charset.StandardCharsets.UTF_8);
    }

    private List<String> groups(MockHttpSession session, String url) throws Exception {
        byte[] body = mvc.perform(get(java.net.URI.create(url)).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                names.add(sheet.getRow(i).getCell(0).getStringCellValue());
            }
            return names;
        }
    }

    private String html(MockHttpSession session, String url) throws Exception {
        return mvc.perform(get(java.net.URI.create(url)).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
