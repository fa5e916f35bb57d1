package cn.zhuanban.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.meeting.MeetingRecords.AgendaItemView;
import cn.zhuanban.meeting.MeetingRecords.SeriesForm;
import cn.zhuanban.project.ProjectForm;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectLighting;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.StatusLight;
import cn.zhuanban.project.TaskForceManagement;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A meeting planned before a draft redrafts the draft's period (it now begins on the new meeting's day), and the
 * draft's generated agenda follows that period at once, as the page's refresh would bring it: a project yellow since
 * yesterday "turned" within the draft's old week, but lit before its new period began. What people did to the agenda
 * stays; a rebuild that would give an item carrying minutes another reason is left to them, and the planner is told.
 */
@IntegrationTest
class MeetingAgendaRedraftTests {

    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    ProjectLighting lighting;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcClient jdbc;

    ServiceFixtures fx;
    CurrentUser dispatch;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        dispatch = fx.user("dispatch");
        today = LocalDate.now(DISTRICT);
    }

    @Test
    void aMeetingPlannedBeforeADraftRebuildsTheDraftsAgendaForItsNewPeriodKeepingWhatPeopleDid() throws Exception {
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
        long turned = project(taskForce);
        lighting.setLight(turned, StatusLight.YELLOW, "要素保障滞后");
        long still = litLongAgo(taskForce);
        long series = series(taskForce);
        // the draft's first period is the week before its day: the light of yesterday turned within it
        long draft = meetings.plan(series, today.plusDays(4), dispatch);
        assertThat(projectItem(draft, turned).source()).isEqualTo(AgendaSource.PROJECT_LIGHT);
        int v = meetings.find(draft, dispatch).version();
        meetings.recordMinutes(draft, projectItem(draft, still).id(), "区住建局汇报审批进度", v++, dispatch);
        meetings.addItem(draft, "补充议题：施工许可", v++, dispatch);
        long manual = items(draft).getLast().id();
        meetings.moveItem(draft, manual, true, v, dispatch);
        List<AgendaItemView> before = items(draft);

        String page = planBefore(series, today.plusDays(1));

        assertThat(page).doesNotContain("id=\"agenda-kept\"");
        assertThat(since(draft)).isEqualTo(today.plusDays(1));
        List<AgendaItemView> after = items(draft);
        // the same items in the order people left them; the light lit before the new period is "still" lit now
        assertThat(after.stream().map(AgendaItemView::id).toList())
                .isEqualTo(before.stream().map(AgendaItemView::id).toList());
        assertThat(projectItem(draft, turned).source()).isEqualTo(AgendaSource.PROJECT_LIGHT_STILL);
        assertThat(projectItem(draft, still).minutes()).isEqualTo("区住建局汇报审批进度");
        assertThat(after).anyMatch(i -> i.id() == manual && i.title().equals("补充议题：施工许可"));
        assertThat(WebTestSupport.page(mvc, "dispatch", "/meetings/" + draft)).doesNotContain("id=\"agenda-behind\"");
        // audited as the page's refresh is, once
        await().atMost(Duration.ofSeconds(10)).until(() -> refreshes(draft) == 1);
    }

    @Test
    void aDraftWhoseRebuildWouldRewriteAnItemWithMinutesKeepsItsAgendaAndThePlannerIsToldWhy() throws Exception {
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
        long turned = project(taskForce);
        lighting.setLight(turned, StatusLight.YELLOW, "要素保障滞后");
        long series = series(taskForce);
        LocalDate day = today.plusDays(4);
        long draft = meetings.plan(series, day, dispatch);
        long item = projectItem(draft, turned).id();
        meetings.recordMinutes(
                draft, item, "新亮黄灯，区发改委牵头协调", meetings.find(draft, dispatch).version(), dispatch);
        List<AgendaItemView> before = items(draft);

        String page = planBefore(series, today.plusDays(1));

        assertThat(page)
                .contains("id=\"agenda-kept\"")
                .contains("第2期周例会（" + day + "）的统计周期已改为自本期会议日 " + today.plusDays(1) + " 起")
                .contains("href=\"/meetings/" + draft + "\"");
        assertThat(since(draft)).isEqualTo(today.plusDays(1));
        assertThat(items(draft)).isEqualTo(before);
        assertThat(projectItem(draft, turned).source()).isEqualTo(AgendaSource.PROJECT_LIGHT);
        // as before: the draft's page says its agenda is behind and offers the refresh
        assertThat(WebTestSupport.page(mvc, "dispatch", "/meetings/" + draft))
                .contains("id=\"agenda-behind\"", "id=\"agenda-refresh\"");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> refreshes(draft) == 0);
    }

    /** Plans a meeting of the series on {@code day} through the series' page and answers the page it leads to. */
    private String planBefore(long series, LocalDate day) throws Exception {
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");
        MvcResult planned = mvc.perform(post("/meetings/series/" + series + "/meetings")
                        .session(session)
                        .with(csrf())
                        .param("heldOn", day.toString())
                        .param("restDayConfirmed", "true")
                        .param("_restDayConfirmed", "on"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        var page = get(planned.getResponse().getRedirectedUrl()).session(session);
        if (!planned.getFlashMap().isEmpty()) {
            page.flashAttrs(planned.getFlashMap());
        }
        return mvc.perform(page)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long series(long taskForce) {
        return meetings.createSeries(
                new SeriesForm(taskForce, today.getDayOfWeek(), LocalTime.of(9, 0), "专班办公室"), dispatch);
    }

    /** A project red since a month ago: lit before any period here begins. */
    private long litLongAgo(long taskForce) {
        long project = project(taskForce);
        lighting.setLight(project, StatusLight.RED, "用地未落实");
        jdbc.sql("update project set light_changed_at = :at where id = :id")
                .param(
                        "at",
                        Timestamp.from(
                                today.minusDays(30).atStartOfDay(DISTRICT).toInstant()))
                .param("id", project)
                .update();
        return project;
    }

    private LocalDate since(long meeting) {
        return jdbc.sql("select since from meeting where id = :id")
                .param("id", meeting)
                .query(LocalDate.class)
                .single();
    }

    private long refreshes(long id) {
        return jdbc.sql("select count(*) from audit_record where action = 'meeting.agenda-refreshed'"
                        + " and entity_type = 'meeting' and entity_id = :id")
                .param("id", Long.toString(id))
                .query(Long.class)
                .single();
    }

    private List<AgendaItemView> items(long id) {
        return meetings.find(id, dispatch).items();
    }

    private AgendaItemView projectItem(long id, long project) {
        return items(id).stream()
                .filter(i ->
                        (i.source() == AgendaSource.PROJECT_LIGHT || i.source() == AgendaSource.PROJECT_LIGHT_STILL)
                                && i.refId() == project)
                .findFirst()
                .orElseThrow();
    }

    private long project(long taskForce) {
        return projects.create(new ProjectForm(
                TestCodes.unique("议程重拟项目"),
                null,
                fx.enterprise(),
                ProjectLevel.DISTRICT,
                ProjectStage.UNDER_CONSTRUCTION,
                new BigDecimal("5000"),
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2031, 12, 31),
                fx.userId("lead"),
                taskForce,
                null,
                null,
                null));
    }
}
