package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

    @Test
    void aTicketClosedWithoutBeingSolvedCountsAsClosedButNotAsSolved() {
        MetricsRow row = new MetricsRow("2026-10", "2026-10", 4, 2, 1, 1, 0, 0, 0, 4, 0, null);
        assertThat(row.closeRate()).isEqualTo(0.5);
        assertThat(row.solveRate()).isEqualTo(0.5);
        assertThat(new MetricsRow("x", "x", 0, 0, 0, 0, 0, 0, 0, 0, 0, null).closeRate())
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
    void theRankingPageComparesTheDepartmentsInRankingOrder() throws Exception {
        long id = flows.signedByPower();
        flows.resolveByPower(id);
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");

        String page = html(dispatch, "/tickets/ranking");

        String first = metrics.ranking(flows.user("dispatch")).getFirst().label();
        assertThat(page).contains("id=\"ranking-chart\"").contains("&quot;horizontal&quot;:true");
        assertThat(page).contains("&quot;categories&quot;:[&quot;" + first);
    }

    private String html(MockHttpSession session, String url) throws Exception {
        return mvc.perform(get(url).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
