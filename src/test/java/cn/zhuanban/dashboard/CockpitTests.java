package cn.zhuanban.dashboard;

import static cn.zhuanban.investmentreport.InvestmentFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.dashboard.cockpit.CockpitData;
import cn.zhuanban.dashboard.cockpit.CockpitData.Figure;
import cn.zhuanban.dashboard.cockpit.CockpitData.Slice;
import cn.zhuanban.dashboard.cockpit.CockpitFigures;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.investmentreport.InvestmentFixtures;
import cn.zhuanban.investmentreport.InvestmentQueries;
import cn.zhuanban.investmentreport.InvestmentReporting;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectLighting;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.StatusLight;
import cn.zhuanban.shared.PageQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The cockpit's figures from prepared data, number by number, in the user's scope, each with its drill-down link. */
@IntegrationTest
class CockpitTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CockpitFigures cockpit;

    @Autowired
    ProjectManagement projects;

    @Autowired
    ProjectReads projectReads;

    @Autowired
    ProjectLighting lighting;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    InvestmentReporting reporting;

    @Autowired
    UserDirectory directory;

    @Autowired
    InvestmentQueries investment;

    @Test
    void figuresOfAScopeAreCountedAndSummedNumberByNumber() {
        long enterprise = InvestmentFixtures.enterprise(enterprises);
        long a = InvestmentFixtures.project(
                projects, enterprise, ProjectLevel.PROVINCIAL, ProjectStage.UNDER_CONSTRUCTION, "500");
        long b = InvestmentFixtures.project(
                projects, enterprise, ProjectLevel.DISTRICT, ProjectStage.UNDER_CONSTRUCTION, "500");
        InvestmentFixtures.project(projects, enterprise, ProjectLevel.DISTRICT, ProjectStage.PLANNED, "500");
        lighting.setLight(b, StatusLight.RED, "征地滞后");
        CurrentUser all = InvestmentFixtures.districtWide();
        reporting.setPlan(a, 2023, plan("4000", "60"), all);
        reporting.report(a, form(2023, 1, "30", "30", "130"), all);
        reporting.report(b, form(2023, 2, "25.5", "25.5", "25.5"), all);

        CockpitData data = cockpit.of(InvestmentFixtures.contactOf(enterprise), 2023, Locale.SIMPLIFIED_CHINESE);

        assertThat(counts(data.lights())).containsExactly("GREEN=2", "YELLOW=0", "RED=1");
        assertThat(counts(data.levels())).containsExactly("PROVINCIAL=1", "MUNICIPAL=0", "DISTRICT=2");
        assertThat(counts(data.stages()))
                .containsExactly(
                        "PLANNED=1", "PRE_CONSTRUCTION=0", "UNDER_CONSTRUCTION=2", "COMPLETED=0", "IN_PRODUCTION=0");
        assertThat(data.levels().getFirst().link()).isEqualTo("/projects?level=PROVINCIAL");
        assertThat(data.lights().get(2).link()).isEqualTo("/projects?light=RED");
        assertThat(data.months().get(0).planned()).isEqualByComparingTo("4000");
        assertThat(data.months().get(0).completed()).isEqualByComparingTo("30");
        assertThat(data.months().get(1).planned()).isEqualByComparingTo("60");
        assertThat(data.months().get(1).completed()).isEqualByComparingTo("25.5");
        assertThat(data.months().get(1).link()).isEqualTo("/investment-reports?month=2023-02");
        assertThat(data.figures())
                .extracting(f -> f.key() + "=" + f.value())
                .contains("projects=3", "red=1", "planned=4,060.00", "completed=55.50");
    }

    @Test
    void aYearWithCompletedInvestmentButNoPlanSaysNoPlanWasFilledInRatherThanZero() {
        long enterprise = InvestmentFixtures.enterprise(enterprises);
        long a = InvestmentFixtures.project(
                projects, enterprise, ProjectLevel.DISTRICT, ProjectStage.UNDER_CONSTRUCTION, "500");
        CurrentUser all = InvestmentFixtures.districtWide();
        reporting.report(a, form(2022, 3, "40", "40", "40"), all);

        CockpitData data = cockpit.of(InvestmentFixtures.contactOf(enterprise), 2022, Locale.SIMPLIFIED_CHINESE);

        Map<String, Figure> figures = new java.util.HashMap<>();
        data.figures().forEach(f -> figures.put(f.key(), f));
        assertThat(figures.get("planned").value()).isEqualTo("未填报计划");
        assertThat(figures.get("planned").number()).isNull();
        assertThat(figures.get("completed").value()).isEqualTo("40.00");
        assertThat((BigDecimal) figures.get("completed").number()).isEqualByComparingTo("40");
        assertThat(figures.get("projects").number()).isEqualTo(1L);
    }

    @Test
    void investmentFiguresLinkToTheYearsStatisticsAndMissingMeansTheMonthPastItsDeadline() {
        CurrentUser all = InvestmentFixtures.districtWide();
        int deadline = reporting.deadlineDay();
        LocalDate before = LocalDate.of(2026, 12, deadline);
        LocalDate after = before.plusDays(1);

        Map<String, Figure> onDeadline = figures(all, before);
        assertThat(onDeadline.get("planned").link()).isEqualTo("/investment-reports/statistics?year=2026");
        assertThat(onDeadline.get("completed").link()).isEqualTo("/investment-reports/statistics?year=2026");
        assertThat(onDeadline.get("missing").link()).isEqualTo("/investment-reports/missing?month=2026-11");
        assertThat(onDeadline.get("missing").label()).contains("2026-11");
        assertThat(onDeadline.get("missing").value())
                .isEqualTo(Long.toString(investment
                        .missing(java.time.YearMonth.of(2026, 11), all, new PageQuery(0, 1))
                        .totalElements()));
        assertThat(figures(all, after).get("missing").link()).isEqualTo("/investment-reports/missing?month=2026-12");
    }

    private Map<String, Figure> figures(CurrentUser user, LocalDate today) {
        return cockpit.of(user, today.getYear(), today, Locale.SIMPLIFIED_CHINESE).figures().stream()
                .collect(java.util.stream.Collectors.toMap(Figure::key, f -> f));
    }

    @Test
    void aLeadOfficialsCockpitCountsOnlyHisProjectsAndLinksToTheirList() throws Exception {
        MockHttpSession session = WebTestSupport.login(mvc, "lead");
        CurrentUser lead = currentUser("lead");
        long his = projectReads
                .search(ProjectFilter.NONE, lead, new PageQuery(0, 1))
                .totalElements();
        long red = lighting.countsByLight(lead).red();

        mvc.perform(get("/cockpit/data").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures[?(@.key == 'projects')].value")
                        .value(Matchers.contains(Long.toString(his))))
                .andExpect(jsonPath("$.lights[2].count").value((int) red))
                .andExpect(jsonPath("$.lights[2].link").value("/projects?light=RED"));
        mvc.perform(get("/cockpit").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-slice=\"levels:PROVINCIAL\"")))
                .andExpect(content().string(Matchers.containsString("/js/cockpit.js")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<script>"))));
    }

    @Test
    void anEnterpriseContactHasNoCockpit() throws Exception {
        MockHttpSession session = WebTestSupport.login(mvc, "enterprise");
        mvc.perform(get("/cockpit").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/cockpit/data").session(session)).andExpect(status().isForbidden());
    }

    private CurrentUser currentUser(String username) {
        var user = directory.findByUsername(username).orElseThrow();
        return new CurrentUser(
                user.id(),
                username,
                user.fullName(),
                null,
                null,
                cn.zhuanban.identity.DataScope.LED_PROJECTS,
                java.util.Set.of(),
                java.util.Set.of());
    }

    private static List<String> counts(List<Slice> slices) {
        return slices.stream().map(s -> s.key() + "=" + s.count()).toList();
    }

    private static List<BigDecimal> plan(String january, String february) {
        List<BigDecimal> months = new ArrayList<>(Collections.nCopies(12, BigDecimal.ZERO));
        months.set(0, new BigDecimal(january));
        months.set(1, new BigDecimal(february));
        return months;
    }
}
