package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The Gantt chart on paper and in the reader's language: pages with the month scale, years without holiday data named. */
@IntegrationTest
class BattleMapPrintTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    @Autowired
    ProjectManagement projects;

    @Test
    void aLongPlanPrintsOnSeveralPagesEachWithTheMonthScale() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long id = longPlan(dispatch, 30);
        String a3 = mvc.perform(get("/projects/" + id + "/battle-map").session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String[] pages = a3.split("<section class=\"gantt-page\"", -1);
        assertThat(pages).hasSizeGreaterThan(2); // before the first section, then two or more pages
        for (int p = 1; p < pages.length; p++) {
            assertThat(pages[p]).contains("class=\"gantt-grid\"").contains("<text x=");
        }
        assertThat(a3).contains("paper-A3").contains("A3 横向");
        String a1 = mvc.perform(get("/projects/" + id + "/battle-map?paper=A1").session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(a1).contains("paper-A1");
        // A1 has A3's shape and the chart is drawn to the page's width, so it holds as many rows as A3 or more: one A1
        // page "holding it all" was twice as tall as the sheet, and ran onto the next ones
        assertThat(a1.split("<section class=\"gantt-page\"", -1)).hasSizeBetween(2, pages.length);
    }

    /**
     * The month scale names a month without its year by its short name in English ("Apr", not a bare "4" that reads
     * as a day or a count) and as 4月 in Chinese; a year's first month carries its year.
     */
    @Test
    void theMonthScaleNamesMonthsInTheReadersLanguage() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long id = templated(dispatch); // 2027-03-01 to 2028-06-30
        String chinese = mvc.perform(get("/projects/" + id + "/battle-map.svg").session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(chinese).contains(">4月</text>").contains(">2028年1月</text>");
        String english = mvc.perform(get("/projects/" + id + "/battle-map.svg")
                        .param("lang", "en")
                        .session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(english)
                .contains(">Apr</text>")
                .contains(">Jan 2028</text>")
                .doesNotContain("y=\"18\">4</text>")
                .doesNotContain("月</text>");
    }

    @Test
    void aPlanReachingIntoYearsWithoutHolidayDataNamesThemOnItsPageAndItsBattleMaps() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long id = templated(dispatch); // 2027-03-01 to 2028-06-30: the shipped 2027 file is still empty
        mvc.perform(get("/projects/" + id + "/plan").session(dispatch))
                .andExpect(content().string(containsString("id=\"plan-missing-holidays\"")))
                .andExpect(content().string(containsString("本计划跨入2027、2028年")));
        mvc.perform(get("/projects/" + id + "/battle-map").session(dispatch))
                .andExpect(content().string(containsString("id=\"gantt-missing-holidays\"")))
                .andExpect(content().string(containsString("本计划跨入2027、2028年")));
        mvc.perform(get("/battle-map?from=2026-06").session(dispatch))
                .andExpect(content().string(containsString("id=\"wall-missing-holidays\"")))
                .andExpect(content().string(containsString("图中月份跨入2027年")));
        // within years the calendar holds, nothing to say
        long enterpriseId = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
        long covered = PlanFixtures.project(mvc, dispatch, enterpriseId, "2025-03-03", "2025-12-31");
        mvc.perform(get("/projects/" + covered + "/plan").session(dispatch))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("plan-missing-holidays"))));
        mvc.perform(get("/battle-map?from=2025-01").session(dispatch))
                .andExpect(content().string(not(containsString("wall-missing-holidays"))));
    }

    private long longPlan(MockHttpSession dispatch, int extra) throws Exception {
        return PlanFixtures.longPlan(
                mvc,
                dispatch,
                directory.findByUsername("enterprise").orElseThrow().enterpriseId(),
                extra);
    }

    private long templated(MockHttpSession dispatch) throws Exception {
        return templated(dispatch, "2027-03-01", "2028-06-30");
    }

    private long templated(MockHttpSession dispatch, String start, String target) throws Exception {
        long enterpriseId = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
        return PlanFixtures.templated(mvc, dispatch, enterpriseId, start, target);
    }
}
