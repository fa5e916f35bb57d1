package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.UserDirectory;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A plan downloads under Chinese names with the project's (计划-项目名.xlsx, 甘特图-项目名.svg) and a Chinese sheet;
 * its Gantt chart names its months in Chinese, reaches the project's target and gives each label its whole text; the
 * wall chart's filters are labelled.
 */
@IntegrationTest
class PlanDownloadsTests {

    private static final Pattern MONTH = Pattern.compile("y=\"18\">([^<]+)</text>");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    private long project(MockHttpSession dispatch) throws Exception {
        long enterpriseId = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2028-06-30");
        PlanFixtures.edit(
                mvc, dispatch, id, "/rows", "key", "A01", "name", "用地预审与选址意见书及规划条件核实", "kind", "TASK", "duration", "5");
        return id;
    }

    private String projectName(MockHttpSession dispatch, long id) throws Exception {
        String page = mvc.perform(get("/projects/" + id + "/plan").session(dispatch))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher name = Pattern.compile("(计划测试项目[^<\"：]*)").matcher(page);
        assertThat(name.find()).isTrue();
        return name.group(1).strip();
    }

    private static String encoded(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void aPlanDownloadsUnderChineseNamesWithTheProjectsName() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long id = project(dispatch);
        String name = projectName(dispatch, id);

        MockHttpServletResponse xlsx = mvc.perform(get("/api/v1/projects/" + id + "/plan/export")
                        .param("format", "xlsx")
                        .session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(xlsx.getHeader("Content-Disposition"))
                .contains("filename=\"plan-" + id + ".xlsx\"")
                .contains("filename*=UTF-8''" + encoded("计划-" + name + ".xlsx"));
        assertThat(workbook(xlsx.getContentAsByteArray())).contains("name=\"计划\"");

        MockHttpServletResponse svg = mvc.perform(
                        get("/projects/" + id + "/battle-map.svg").session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(svg.getHeader("Content-Disposition"))
                .contains("filename*=UTF-8''" + encoded("甘特图-" + name + ".svg"));
    }

    @Test
    void theGanttChartNamesItsMonthsInChineseUpToTheTargetAndKeepsWholeLabelsInTooltips() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long id = project(dispatch);
        String page = mvc.perform(get("/projects/" + id + "/battle-map").session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String chart = page.substring(page.indexOf("class=\"gantt-chart\""), page.indexOf("id=\"gantt-print\""));
        List<String> months = new ArrayList<>();
        Matcher m = MONTH.matcher(chart);
        while (m.find()) {
            months.add(m.group(1));
        }
        // a five-day plan, yet the scale runs to the target's month (June 2028)
        assertThat(months).contains("2028年1月", "2月").doesNotContain("27-1", "28-1");
        assertThat(months.getFirst()).matches("[0-9]{4}年[0-9]{1,2}月");
        assertThat(months.getLast()).isEqualTo("6月");
        assertThat(months.get(months.size() - 6)).isEqualTo("2028年1月");

        String labels = page.substring(page.indexOf("class=\"gantt-labels\""), page.indexOf("class=\"gantt-chart\""));
        assertThat(labels)
                .contains("class=\"gantt-label-full\"><title>A01 用地预审与选址意见书及规划条件核实</title>")
                .contains("class=\"gantt-label-short\"><title>A01 用地预审与选址意见书及规划条件核实</title>A01 用地预审与…</text>");
    }

    @Test
    void theWallChartsFiltersAreLabelled() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        String page = mvc.perform(get("/battle-map").session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("<label class=\"form-label small mb-1\" for=\"wall-from\">起始月份</label>")
                .contains("<label class=\"form-label small mb-1\" for=\"wall-paper\">打印纸张</label>")
                .contains("<label class=\"form-label small mb-1\" for=\"wall-level\">项目级别</label>")
                .contains("class=\"wall-filter wall-filter-month\"");
    }

    private static String workbook(byte[] xlsx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("xl/workbook.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        return "";
    }
}
