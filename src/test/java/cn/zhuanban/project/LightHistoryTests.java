package cn.zhuanban.project;

import static cn.zhuanban.shared.ClockConfiguration.DISTRICT_ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.investmentreport.InvestmentFixtures;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every change of a project's light is kept (亮灯记录), and nothing else is: the light of any day since the history
 * started can be told for one project or counted for all, and the project's readers see its changes.
 */
@IntegrationTest
class LightHistoryTests {

    @Autowired
    ProjectLighting lighting;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    @Test
    void aChangeOfTheLightIsKeptOnceAndTheSameLightAgainIsNotKept() {
        long enterprise = InvestmentFixtures.enterprise(enterprises);
        long project = project(enterprise);
        long before = changes(project);

        lighting.setLight(project, StatusLight.RED, "用地手续未办结");
        assertThat(changes(project)).isEqualTo(before + 1);
        LightChange change = lighting.lightChanges(project, viewer(enterprise), new PageQuery(0, 10))
                .content()
                .getFirst();
        assertThat(change.light()).isEqualTo(StatusLight.RED);
        assertThat(change.previous()).isEqualTo(StatusLight.GREEN);
        assertThat(change.cause()).isEqualTo("用地手续未办结");

        lighting.setLight(project, StatusLight.RED, "用地手续未办结");
        lighting.setLight(project, StatusLight.RED, "用地手续逾期 6 个工作日");
        assertThat(changes(project)).isEqualTo(before + 1);
    }

    @Test
    void theLightOfAPastDayIsTheLatestChangeOnOrBeforeIt() {
        // Days before today, whichever day the suite runs on.
        LocalDate red = LocalDate.now(clock).minusDays(90);
        LocalDate yellow = red.plusDays(23);
        long enterprise = InvestmentFixtures.enterprise(enterprises);
        long project = project(enterprise);
        registered(project, red.minusDays(30));
        lighting.setLight(project, StatusLight.RED, "环评未批复");
        movedTo(project, StatusLight.RED, red.atTime(9, 0));
        lighting.setLight(project, StatusLight.YELLOW, "环评已受理");
        movedTo(project, StatusLight.YELLOW, yellow.atTime(9, 0));
        lighting.setLight(project, StatusLight.GREEN, null);

        assertThat(lighting.lightsAsOf(List.of(project), red.minusDays(1))).containsEntry(project, StatusLight.GREEN);
        assertThat(lighting.lightsAsOf(List.of(project), red)).containsEntry(project, StatusLight.RED);
        assertThat(lighting.lightsAsOf(List.of(project), yellow.minusDays(1))).containsEntry(project, StatusLight.RED);
        assertThat(lighting.lightsAsOf(List.of(project), yellow)).containsEntry(project, StatusLight.YELLOW);
        assertThat(lighting.lightsAsOf(List.of(project), LocalDate.now(clock)))
                .containsEntry(project, StatusLight.GREEN);

        CurrentUser viewer = viewer(enterprise);
        assertThat(lighting.countsByLightAsOf(viewer, red.plusDays(10))).isEqualTo(new LightCounts(0, 0, 1));
        assertThat(lighting.redAsOf(viewer, red.plusDays(10), 10, java.util.Locale.SIMPLIFIED_CHINESE))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.id()).isEqualTo(project);
                    assertThat(r.reason()).isEqualTo("环评未批复");
                    assertThat(r.since())
                            .isEqualTo(red.atTime(9, 0).atZone(DISTRICT_ZONE).toInstant());
                });
        assertThat(lighting.redAsOf(viewer, yellow.plusDays(1), 10, java.util.Locale.SIMPLIFIED_CHINESE))
                .isEmpty();
        assertThat(lighting.countsByLightAsOf(viewer, yellow.plusDays(1))).isEqualTo(new LightCounts(0, 1, 0));
        // Not yet registered: not counted.
        assertThat(lighting.countsByLightAsOf(viewer, red.minusDays(31))).isEqualTo(new LightCounts(0, 0, 0));
    }

    /**
     * One set-based reading for many projects at once: of two changes on one day the later tells the day's light (and
     * its reason and time the red list shows), a project whose changes all came later had the light its first change
     * left, and one that never changed has today's.
     */
    @Test
    void manyProjectsAreReadAtOnceEachByTheChangeThatToldItsLightThatDay() {
        LocalDate day = LocalDate.now(clock).minusDays(40);
        long enterprise = InvestmentFixtures.enterprise(enterprises);
        long twice = project(enterprise);
        long later = project(enterprise);
        long never = project(enterprise);
        for (long project : List.of(twice, later, never)) {
            registered(project, day.minusDays(10));
        }
        lighting.setLight(twice, StatusLight.YELLOW, "进度滞后");
        movedTo(twice, StatusLight.YELLOW, day.atTime(9, 0));
        lighting.setLight(twice, StatusLight.RED, "节点逾期");
        movedTo(twice, StatusLight.RED, day.atTime(15, 30));
        lighting.setLight(later, StatusLight.YELLOW, "资金未到位");
        movedTo(later, StatusLight.YELLOW, day.plusDays(5).atTime(10, 0));
        lighting.setLight(later, StatusLight.RED, "资金未到位");

        assertThat(lighting.lightsAsOf(List.of(twice, later, never), day))
                .containsEntry(twice, StatusLight.RED)
                .containsEntry(later, StatusLight.GREEN)
                .containsEntry(never, StatusLight.GREEN)
                .hasSize(3);
        assertThat(lighting.lightsAsOf(List.of(twice, later, never), day.plusDays(5)))
                .containsEntry(later, StatusLight.YELLOW);
        CurrentUser viewer = viewer(enterprise);
        assertThat(lighting.countsByLightAsOf(viewer, day)).isEqualTo(new LightCounts(2, 0, 1));
        assertThat(lighting.redAsOf(viewer, day, 10, java.util.Locale.SIMPLIFIED_CHINESE))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.id()).isEqualTo(twice);
                    assertThat(r.reason()).isEqualTo("节点逾期");
                    assertThat(r.since())
                            .isEqualTo(day.atTime(15, 30).atZone(DISTRICT_ZONE).toInstant());
                });
        assertThat(lighting.countsByLightAsOf(viewer, LocalDate.now(clock))).isEqualTo(new LightCounts(1, 0, 2));
    }

    /**
     * A project's lights are known from its registration (it starts green) or, for one carried into the history (V171,
     * no previous light), from that first row: an earlier day's light is today's, carried back, and says it is not
     * known, whether the history of all projects reaches back further (a generated province) or not.
     */
    @Test
    void daysBeforeAProjectsFirstRecordedLightAreNotKnown() {
        LocalDate day = LocalDate.now(clock).minusDays(30);
        long enterprise = InvestmentFixtures.enterprise(enterprises);
        long registeredThen = project(enterprise);
        long carried = project(enterprise);
        registered(registeredThen, day);
        lighting.setLight(registeredThen, StatusLight.RED, "节点逾期");
        registered(carried, day.minusDays(60));
        lighting.setLight(carried, StatusLight.YELLOW, "进度滞后");
        movedTo(carried, StatusLight.YELLOW, day.atTime(9, 0));
        jdbc.sql("update project_light_change set previous_light = null where project_id = :id")
                .param("id", carried)
                .update();

        List<Long> both = List.of(registeredThen, carried);
        assertThat(lighting.datedLightsAsOf(both, day))
                .containsEntry(registeredThen, new LightOnDay(StatusLight.GREEN, null, true))
                .containsEntry(
                        carried,
                        new LightOnDay(
                                StatusLight.YELLOW,
                                day.atTime(9, 0).atZone(DISTRICT_ZONE).toInstant(),
                                true));
        assertThat(lighting.datedLightsAsOf(both, day.minusDays(1)).values())
                .hasSize(2)
                .noneMatch(LightOnDay::known);
    }

    @Test
    void aProjectsChangesAreReadWithinTheReadersScope() {
        long enterprise = InvestmentFixtures.enterprise(enterprises);
        long other = InvestmentFixtures.enterprise(enterprises);
        long project = project(enterprise);
        lighting.setLight(project, StatusLight.YELLOW, "进度滞后");

        assertThat(lighting.lightChanges(project, viewer(enterprise), new PageQuery(0, 10))
                        .content())
                .extracting(LightChange::light)
                .first()
                .isEqualTo(StatusLight.YELLOW);
        assertThatThrownBy(() -> lighting.lightChanges(project, viewer(other), new PageQuery(0, 10)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theProjectPageListsTheLatestTenChangesAndPagesToOlderOnes() throws Exception {
        long enterprise = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
        long project = project(enterprise);
        for (int i = 0; i < 12; i++) {
            lighting.setLight(project, i % 2 == 0 ? StatusLight.RED : StatusLight.YELLOW, "第" + i + "次研判");
        }
        MockHttpSession session = WebTestSupport.login(mvc, "enterprise");

        String page = lights(mvc.perform(get("/projects/" + project).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.split("<tr>", -1)).hasSize(1 + 1 + 10); // the header row and ten changes
        assertThat(page).contains("第11次研判", "第2次研判", "lightPage=1").doesNotContain("第1次研判");

        String older = lights(
                mvc.perform(get("/projects/" + project).param("lightPage", "1").session(session))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(older).contains("第1次研判", "第0次研判").doesNotContain("第2次研判");
    }

    /** The light history part of the project page. */
    private static String lights(String page) {
        int from = page.indexOf("id=\"project-lights\"");
        assertThat(from).as("亮灯记录").isPositive();
        return page.substring(from, page.indexOf("</ul>", from));
    }

    private long project(long enterprise) {
        return InvestmentFixtures.project(
                projects, enterprise, ProjectLevel.DISTRICT, ProjectStage.UNDER_CONSTRUCTION, "500");
    }

    private long changes(long project) {
        return jdbc.sql("select count(*) from project_light_change where project_id = :id")
                .param("id", project)
                .query(Long.class)
                .single();
    }

    /** Dates the project's latest change to {@code light} at {@code at} (district time), as if it had happened then. */
    private void movedTo(long project, StatusLight light, LocalDateTime time) {
        jdbc.sql("""
                        update project_light_change set changed_at = :at, on_day = :day
                        where id = (select max(id) from project_light_change where project_id = :id and light = :light)""")
                .param("at", Timestamp.from(time.atZone(DISTRICT_ZONE).toInstant()))
                .param("day", time.toLocalDate())
                .param("id", project)
                .param("light", light.name())
                .update();
    }

    private void registered(long project, LocalDate day) {
        jdbc.sql("update project set created_at = :at where id = :id")
                .param("at", Timestamp.from(day.atStartOfDay(DISTRICT_ZONE).toInstant()))
                .param("id", project)
                .update();
    }

    static CurrentUser viewer(long enterprise) {
        return new CurrentUser(
                -4,
                "fixture-lights",
                "测试亮灯",
                null,
                enterprise,
                DataScope.ENTERPRISE,
                Set.of("ENTERPRISE_CONTACT"),
                Set.of(Permissions.PROJECT_VIEW));
    }
}
