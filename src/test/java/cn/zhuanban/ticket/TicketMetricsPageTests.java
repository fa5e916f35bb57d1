package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.shared.ClockConfiguration;
import cn.zhuanban.shared.PageQuery;
import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The metrics page charts the rates by month and the ranking page compares departments, with the
 * ECharts bundled in the application; closed and solved are separate rates.
 */
@IntegrationTest
class TicketMetricsPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketFlows flows;

    @Autowired
    TicketMetrics metrics;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTicketClosedWithoutBeingSolvedCountsAsClosedButNotAsSolved() {
        MetricsRow row = new MetricsRow("2026-10", "2026-10", 4, 2, 1, 1, 0, 0, 0, 0, 4, 0, null);
        assertThat(row.closeRate()).isEqualTo(0.5);
        assertThat(row.solveRate()).isEqualTo(0.5);
        assertThat(new MetricsRow("x", "x", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null).closeRate())
                .isNull();
    }

    @Test
    void theMetricsPageChartsTheRatesByMonthWithTheLocalEcharts() throws Exception {
        long id = flows.signedByPower();
        flows.resolveByPower(id);
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");

        String page = html(dispatch, "/tickets/metrics?dimension=CATEGORY");

        assertThat(page)
                .contains("id=\"metrics-chart\"")
                .contains("data-ticket-chart=")
                .contains("办结销号率")
                .contains("/dist/echarts.min.js")
                .contains("/js/ticket-metrics.js");
        List<MetricsRow> months = metrics.by(MetricsDimension.MONTH, flows.user("dispatch"));
        assertThat(page)
                .contains("&quot;categories&quot;:[&quot;" + months.getFirst().key());
        mvc.perform(get("/webjars/echarts/dist/echarts.min.js").session(dispatch))
                .andExpect(status().isOk());
        mvc.perform(get("/js/ticket-metrics.js").session(dispatch)).andExpect(status().isOk());
    }

    @Test
    void theMetricsByProjectComePagedByNameAndNarrowedByPartOfAName() throws Exception {
        flows.signedByPower();
        var dispatch = flows.user("dispatch");
        List<MetricsRow> all = metrics.by(MetricsDimension.PROJECT, dispatch);
        assertThat(all).hasSizeGreaterThan(2);

        var first = metrics.page(MetricsDimension.PROJECT, null, dispatch, MetricsPeriod.ALL, new PageQuery(0, 2));
        var second = metrics.page(MetricsDimension.PROJECT, null, dispatch, MetricsPeriod.ALL, new PageQuery(1, 2));
        assertThat(first.totalElements()).isEqualTo(all.size());
        assertThat(first.content()).hasSize(2);
        List<String> names = all.stream().map(MetricsRow::label).sorted().toList();
        assertThat(first.content().stream().map(MetricsRow::label)).containsExactlyElementsOf(names.subList(0, 2));
        assertThat(second.content().getFirst().label()).isEqualTo(names.get(2));

        MetricsRow one = all.getFirst();
        String page = mvc.perform(get("/tickets/metrics")
                        .param("dimension", "PROJECT")
                        .param("q", one.label())
                        .session(WebTestSupport.login(mvc, "dispatch")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("data-key=\"" + one.key() + "\"").contains("id=\"metrics-search\"");
        assertThat(page.split("data-key=").length - 1)
                .isEqualTo(all.stream()
                        .filter(r -> r.label().contains(one.label()))
                        .count());
    }

    @Test
    void theRankingPageComparesTheDepartmentsInRankingOrder() throws Exception {
        long id = flows.signedByPower();
        flows.resolveByPower(id);
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");

        String page = html(dispatch, "/tickets/ranking");

        String first = metrics.ranking(flows.user("dispatch")).getFirst().label();
        assertThat(page).contains("id=\"ranking-chart\"").contains("&quot;horizontal&quot;:true");
        assertThat(page).contains("&quot;categories&quot;:[&quot;" + first);
    }

    @Test
    void aDepartmentWithNothingClosedIsListedApartAndOnNeitherList() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        List<MetricsRow> ranking = metrics.ranking(flows.user("dispatch"));
        String page = html(dispatch, "/tickets/ranking");
        String red = between(page, "id=\"ranking-red\"", "</ol>");
        String black = between(page, "id=\"ranking-black\"", "</ol>");
        for (MetricsRow r : ranking) {
            if (!r.ranked()) {
                assertThat(r.onTimeRate()).isNull();
                assertThat(red + black).as(r.label()).doesNotContain(">" + r.label() + "<");
                assertThat(between(page, "id=\"ranking-unranked\"", "</ul>")).contains(r.label());
            }
        }
        // Ranked ones first: nothing unranked before a ranked department.
        assertThat(ranking.stream().dropWhile(MetricsRow::ranked).anyMatch(MetricsRow::ranked))
                .isFalse();
    }

    @Test
    void theRedAndBlackListsFollowTheRuleOrThePageSaysWhyThereAreNone() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        List<MetricsRow> ranked = metrics.ranking(flows.user("dispatch")).stream()
                .filter(MetricsRow::ranked)
                .toList();
        String page = html(dispatch, "/tickets/ranking");

        if (ranked.size() < 2) {
            assertThat(page).doesNotContain("id=\"ranking-red\"").contains("id=\"ranking-too-few\"");
            assertThat(between(page, "id=\"ranking-too-few\"", "</div>")).contains("目前只有 " + ranked.size() + " 个部门");
        } else {
            assertThat(page).doesNotContain("id=\"ranking-too-few\"");
            assertThat(between(page, "id=\"ranking-red\"", "</ol>"))
                    .contains(ranked.getFirst().label());
            assertThat(between(page, "id=\"ranking-black\"", "</ol>"))
                    .contains(ranked.getLast().label());
        }
    }

    private static String between(String html, String from, String to) {
        int start = html.indexOf(from);
        return start < 0 ? "" : html.substring(start, html.indexOf(to, start));
    }

    @Test
    void theRankingAndTheMetricsDownloadAsExcelInThePagesOrder() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        assertThat(html(dispatch, "/tickets/ranking")).contains("/tickets/ranking/export");
        List<MetricsRow> ranking = metrics.ranking(flows.user("dispatch"));
        try (XSSFWorkbook book = xlsx(dispatch, "/tickets/ranking/export")) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(ranking.size());
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("名次");
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo(ranking.getFirst().label());
        }
        try (XSSFWorkbook book = xlsx(dispatch, "/tickets/metrics/export?dimension=CATEGORY")) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).contains("按类别");
            // closed by the second dissatisfaction is counted apart from solved, next to it
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("已解决");
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("不满意关闭");
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("办结销号率 (%)");
            assertThat(sheet.getLastRowNum())
                    .isEqualTo(metrics.by(MetricsDimension.CATEGORY, flows.user("dispatch"))
                            .size());
        }
    }

    @Test
    void aPeriodRunsFromTheStartOfTheMonthQuarterOrYearToTodayAndCustomDaysComeInOrder() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        assertThat(MetricsPeriod.of(MetricsPeriod.Kind.QUARTER, null, null, today))
                .isEqualTo(new MetricsPeriod(MetricsPeriod.Kind.QUARTER, LocalDate.of(2026, 10, 1), today));
        assertThat(MetricsPeriod.of(MetricsPeriod.Kind.MONTH, null, null, today).from())
                .isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(MetricsPeriod.of(MetricsPeriod.Kind.YEAR, null, null, today).from())
                .isEqualTo(LocalDate.of(2026, 1, 1));
        // the custom days only count when custom is chosen; typed the wrong way round, they are swapped
        assertThat(MetricsPeriod.of(MetricsPeriod.Kind.ALL, today, today, today).all())
                .isTrue();
        assertThat(MetricsPeriod.of(MetricsPeriod.Kind.CUSTOM, today, LocalDate.of(2026, 11, 1), today)
                        .from())
                .isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void aPeriodCountsOnlyTheTicketsReportedInItOnBothPagesAndInTheirAuditedExports() throws Exception {
        long id = flows.assignedToPower();
        jdbc.sql("update ticket set created_at = :at, reported_month = '2061-03' where id = :id")
                .param(
                        "at",
                        Timestamp.from(LocalDate.of(2061, 3, 10)
                                .atTime(10, 0)
                                .atZone(ClockConfiguration.DISTRICT_ZONE)
                                .toInstant()))
                .param("id", id)
                .update();
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        String march = "period=CUSTOM&from=2061-03-01&to=2061-03-31";

        String page = html(dispatch, "/tickets/metrics?dimension=MONTH&" + march);
        assertThat(page.split("data-key=").length - 1).isEqualTo(1);
        assertThat(page)
                .contains("data-key=\"2061-03\"")
                .contains("period=CUSTOM&amp;from=2061-03-01&amp;to=2061-03-31");
        assertThat(html(dispatch, "/tickets/metrics?dimension=MONTH&period=CUSTOM&from=2061-04-01"))
                .doesNotContain("data-key=\"2061-03\"");
        assertThat(html(dispatch, "/tickets/metrics?dimension=MONTH&period=YEAR"))
                .doesNotContain("data-key=\"2061-03\"");
        assertThat(html(dispatch, "/tickets/metrics?dimension=MONTH")).contains("data-key=\"2061-03\""); // all time
        try (XSSFWorkbook book = xlsx(dispatch, "/tickets/metrics/export?dimension=MONTH&" + march)) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(1);
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("2061-03");
        }
        AuditTrail.awaitRecord(
                jdbc,
                "ledger.exported",
                "/tickets/metrics/export",
                "dimension: MONTH, from: 2061-03-01, period: CUSTOM, to: 2061-03-31; rows: 1");

        // assigned, not closed: its department is in the period's ranking, unranked, and alone
        String ranking = html(dispatch, "/tickets/ranking?" + march);
        assertThat(ranking.split("data-key=").length - 1).isEqualTo(1);
        assertThat(ranking).contains("id=\"ranking-unranked\"").contains("/tickets/ranking/export?period=CUSTOM");
        try (XSSFWorkbook book = xlsx(dispatch, "/tickets/ranking/export?" + march)) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(1);
        }
        AuditTrail.awaitRecord(
                jdbc,
                "ledger.exported",
                "/tickets/ranking/export",
                "from: 2061-03-01, period: CUSTOM, to: 2061-03-31; rows: 1");
    }

    /**
     * On the pages and their exports an unknown period (a stale bookmark) counts as none, all time, as a list's unknown
     * filter does, and the links no longer carry it; a day that is no date is a 400 page naming the field. Only the API
     * refuses an unknown period (TicketApiTests).
     */
    @Test
    void anUnknownPeriodOnThePagesCountsAsAllTimeAndAMistypedDayIsRefusedNamingIt() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        String metricsPage = html(dispatch, "/tickets/metrics?dimension=MONTH&period=LAST_WEEK");
        assertThat(metricsPage)
                .contains("/tickets/metrics/export?dimension=MONTH&amp;q=&amp;period=ALL&amp;from=&amp;to=\"")
                .doesNotContain("LAST_WEEK");
        assertThat(html(dispatch, "/tickets/ranking?period=LAST_WEEK"))
                .contains("/tickets/ranking/export?period=ALL")
                .doesNotContain("LAST_WEEK");
        xlsx(dispatch, "/tickets/metrics/export?period=LAST_WEEK").close();
        xlsx(dispatch, "/tickets/ranking/export?period=LAST_WEEK").close();

        String refused = mvc.perform(
                        get("/tickets/ranking?period=CUSTOM&from=2061-02-30").session(dispatch))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("“from”一项有误");
    }

    private XSSFWorkbook xlsx(MockHttpSession session, String url) throws Exception {
        byte[] body = mvc.perform(get(url).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(body));
    }

    private String html(MockHttpSession session, String url) throws Exception {
        return mvc.perform(get(url).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
