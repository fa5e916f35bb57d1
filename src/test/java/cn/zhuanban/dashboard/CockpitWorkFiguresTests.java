package cn.zhuanban.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.dashboard.cockpit.CockpitData;
import cn.zhuanban.dashboard.cockpit.CockpitData.Figure;
import cn.zhuanban.dashboard.cockpit.CockpitData.Slice;
import cn.zhuanban.dashboard.cockpit.CockpitFigures;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.investmentreport.InvestmentFixtures;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectStage;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The cockpit's ticket, talent and stage-goal figures from prepared rows of one fresh enterprise, as of
 * a fixed date, checked number by number with their drill-down links; another enterprise sees none of them.
 */
@IntegrationTest
class CockpitWorkFiguresTests {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 18);

    @Autowired
    MockMvc mvc;

    @Autowired
    CockpitFigures cockpit;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkRows rows;

    @Test
    void ticketTalentAndGoalFiguresAreCountedNumberByNumber() {
        long enterprise = InvestmentFixtures.enterprise(enterprises);
        long a = InvestmentFixtures.project(
                projects, enterprise, ProjectLevel.DISTRICT, ProjectStage.UNDER_CONSTRUCTION, "800");
        long b = InvestmentFixtures.project(
                projects, enterprise, ProjectLevel.DISTRICT, ProjectStage.UNDER_CONSTRUCTION, "300");
        long d1 = rows.department(0);
        long d2 = rows.department(1);
        rows.prepare(a, b, enterprise, d1, d2);

        CockpitData data = cockpit.of(viewer(enterprise), 2026, TODAY, Locale.SIMPLIFIED_CHINESE);

        Map<String, Figure> figures = data.figures().stream().collect(Collectors.toMap(Figure::key, f -> f));
        assertThat(figures.get("tickets-open").value()).isEqualTo("4");
        assertThat(figures.get("tickets-open").link()).isEqualTo("/tickets?open=true");
        assertThat(figures.get("tickets-overdue").value()).isEqualTo("3");
        assertThat(figures.get("tickets-overdue").link()).isEqualTo("/tickets?todo=OVERDUE");
        assertThat(figures.get("tickets-solved").value()).isEqualTo("2");
        assertThat(figures.get("tickets-satisfaction").value()).isEqualTo("50.0%");
        assertThat(figures.get("talent-fill").value()).isEqualTo("20.0%");
        assertThat(figures.get("talent-fill").link()).isEqualTo("/talent/fill-rates");
        assertThat(figures.get("goals-on-time").value()).isEqualTo("33.3%");
        assertThat(data.goals())
                .extracting(s -> s.key() + "=" + s.count())
                .containsExactly("ON_TIME=1", "LATE=2", "AHEAD=1");
        assertThat(data.ranking()).extracting(Slice::link).contains("/tickets?departmentId=" + d1);
        assertThat(data.ranking())
                .filteredOn(s -> s.key().equals(Long.toString(d2)))
                .extracting(Slice::count)
                .containsExactly(100L);
        // d1 has closed nothing: no rate, shown as "—" rather than 0%.
        assertThat(data.ranking())
                .filteredOn(s -> s.key().equals(Long.toString(d1)))
                .extracting(Slice::count)
                .containsExactly((Long) null);
        // Leads are staff work: an enterprise contact's cockpit has no funnel and no cohorts.
        assertThat(data.funnel()).isEmpty();
        assertThat(data.cohorts()).isEmpty();

        CockpitData other =
                cockpit.of(viewer(InvestmentFixtures.enterprise(enterprises)), 2026, TODAY, Locale.SIMPLIFIED_CHINESE);
        Map<String, String> none = other.figures().stream().collect(Collectors.toMap(Figure::key, Figure::value));
        assertThat(none)
                .containsEntry("tickets-open", "0")
                .containsEntry("tickets-overdue", "0")
                .containsEntry("talent-fill", "—")
                .containsEntry("goals-on-time", "—");
    }

    @Test
    void theDrillDownListsOpenWithTheirFilters() throws Exception {
        var session = WebTestSupport.login(mvc, "dispatch");
        for (String link :
                List.of("/tickets?open=true", "/tickets?todo=OVERDUE", "/talent/fill-rates", "/battle-map")) {
            mvc.perform(get(link).session(session)).andExpect(status().isOk());
        }
        CockpitData leader = cockpit.of(InvestmentFixtures.districtWide(), 2026, TODAY, Locale.SIMPLIFIED_CHINESE);
        assertThat(leader.funnel()).extracting(Slice::key).startsWith("LEAD", "CONTACTED");
        assertThat(leader.funnel().getFirst().link())
                .isEqualTo("/investment/leads?reached=LEAD&createdFrom=2026-01-01&createdTo=2026-12-31");
        assertThat(leader.cohorts()).extracting(Slice::key).containsExactly("Q1", "Q2", "Q3", "Q4");
        assertThat(leader.cohorts().getFirst().link())
                .isEqualTo("/investment/leads?reached=SIGNED&reachedFrom=2026-01-01&reachedTo=2026-03-31");
    }

    @Test
    void everyFunnelCohortGoalAndSolvedNumberOpensAListWithExactlyThatManyRows() throws Exception {
        var leaderSession = WebTestSupport.login(mvc, "leader");
        // The lists count as of the application's today (the district's), so the figures are taken as of it too.
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        CockpitData leader =
                cockpit.of(InvestmentFixtures.districtWide(), today.getYear(), today, Locale.SIMPLIFIED_CHINESE);
        List<Slice> slices = new java.util.ArrayList<>(leader.funnel());
        slices.addAll(leader.cohorts());
        slices.addAll(leader.goals());
        assertThat(leader.goals()).extracting(Slice::link).contains("/stage-goals?status=LATE");
        assertThat(slices).extracting(Slice::count).anyMatch(n -> n > 0);
        for (Slice slice : slices) {
            assertThat(total(leaderSession, slice.link())).as(slice.link()).isEqualTo(slice.count());
        }

        Figure solved =
                cockpit.of(InvestmentFixtures.districtWide(), 2026, TODAY, Locale.SIMPLIFIED_CHINESE).figures().stream()
                        .filter(f -> f.key().equals("tickets-solved"))
                        .findFirst()
                        .orElseThrow();
        assertThat(solved.link()).isEqualTo("/tickets?outcome=SOLVED");
        assertThat(total(leaderSession, solved.link())).isEqualTo(Long.parseLong(solved.value()));

        Figure decisions = leader.figures().stream()
                .filter(f -> f.key().equals("decisions-overdue"))
                .findFirst()
                .orElseThrow();
        assertThat(decisions.link()).isEqualTo("/meetings/actions?state=OVERDUE");
        assertThat(decisions.label()).isEqualTo("超期议定事项");
        assertThat(total(leaderSession, decisions.link())).isEqualTo(Long.parseLong(decisions.value()));
    }

    /** The "共 N 条" of the list's pager. */
    private long total(org.springframework.mock.web.MockHttpSession session, String link) throws Exception {
        String html = mvc.perform(get(link).session(session).locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("共 (\\d+) 条").matcher(html);
        assertThat(m.find()).as("pager of " + link).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static CurrentUser viewer(long enterprise) {
        return new CurrentUser(
                -3,
                "fixture-viewer",
                "测试查看",
                null,
                enterprise,
                DataScope.ENTERPRISE,
                Set.of("ENTERPRISE_CONTACT"),
                Set.of(
                        Permissions.COCKPIT_VIEW,
                        Permissions.PROJECT_VIEW,
                        Permissions.TICKET_VIEW,
                        Permissions.TALENT_DEMAND_VIEW,
                        Permissions.PLAN_VIEW));
    }
}
