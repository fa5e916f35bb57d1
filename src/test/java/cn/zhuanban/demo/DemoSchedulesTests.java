package cn.zhuanban.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.ProjectSummary;
import cn.zhuanban.project.ProjectView;
import cn.zhuanban.project.StatusLight;
import cn.zhuanban.schedule.PlanBaselines;
import cn.zhuanban.schedule.PlanManagement;
import cn.zhuanban.schedule.PlanSheet;
import cn.zhuanban.schedule.domain.BaselineStore;
import cn.zhuanban.shared.PageQuery;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo district's projects being prepared or built come with their plans, so that the battle maps, the wall chart
 * and the lights show something on the first start; the planned project whose target is too tight for the standard
 * plan is red and says, in Chinese, which tasks are short.
 */
@IntegrationTest
class DemoSchedulesTests {

    @Autowired
    DemoUsers users;

    @Autowired
    ProjectReads projects;

    @Autowired
    PlanManagement plans;

    @Autowired
    PlanBaselines baselines;

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    cn.zhuanban.project.ProjectLighting lighting;

    @Test
    void theFlagshipProjectHasItsPlanOnTheBattleMap() throws Exception {
        ProjectSummary api = project(DemoPlans.API_PROJECT);
        PlanSheet sheet = plans.sheet(api.id(), users.as("dispatch"));
        assertThat(sheet.rows()).isNotEmpty();
        assertThat(sheet.rows()).anyMatch(r -> r.actualFinish() != null);
        assertThat(baselines.baselines(api.id(), users.as("dispatch")))
                .extracting(BaselineStore.Baseline::name)
                .contains(DemoSchedules.BASELINE);
        String page = mvc.perform(
                        get("/projects/" + api.id() + "/battle-map").session(WebTestSupport.login(mvc, "leader")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("class=\"gantt-row\"").contains("class=\"gantt-actual\"");
    }

    @Test
    void theFlagshipWasBuiltFromItsStartAndIsUnderConstructionNow() {
        ProjectSummary api = project(DemoPlans.API_PROJECT);
        ProjectView view = projects.find(api.id(), users.as("dispatch"));
        PlanSheet sheet = plans.sheet(api.id(), users.as("dispatch"));
        LocalDate firstWork = sheet.rows().stream()
                .map(PlanSheet.Row::actualStart)
                .filter(java.util.Objects::nonNull)
                .min(LocalDate::compareTo)
                .orElseThrow();
        assertThat(firstWork)
                .as("no year of empty months on its battle map")
                .isBefore(view.start().plusMonths(1));
        assertThat(sheet.rows())
                .as("some work under way today")
                .anyMatch(r -> r.percentComplete() != null && r.percentComplete() > 0 && r.percentComplete() < 100);
        assertThat(sheet.rows())
                .as("still on time: no row behind its target")
                .allMatch(r -> r.totalFloat() == null || r.totalFloat() >= 0);
        assertThat(sheet.rows())
                .filteredOn(r -> r.key().equals("M3"))
                .singleElement()
                .as("yellow by the plan itself, as the story tells: production with five working days of float or less")
                .satisfies(m -> assertThat(m.totalFloat()).isBetween(0, 5));
    }

    @Test
    void theProjectsDatesAreTheStorysMovedToTheMonthTheDemoWasSeeded() {
        long months = ChronoUnit.MONTHS.between(DemoStory.TOLD_IN, YearMonth.now(ZoneId.of("Asia/Shanghai")));
        for (String line : DemoProjects.PROJECTS.lines().toList()) {
            String[] p = line.split("\\|", -1);
            ProjectView project = projects.find(project(p[0]).id(), users.as("dispatch"));
            assertThat(project.start()).as(p[0]).isEqualTo(DemoStory.moved(LocalDate.parse(p[6]), months));
            assertThat(project.targetFinish()).as(p[0]).isEqualTo(DemoStory.moved(LocalDate.parse(p[7]), months));
        }
    }

    /**
     * Seeding judged each project several times within a minute (its story's light, its plan before the work done was
     * reported, then with it), and the light history kept those passing judgements: the flagship's listed "A01 项目备案
     * 未完成" though the filing was done a year before. Each story now starts with the light it ends on, nothing known
     * before it.
     */
    @Test
    void eachProjectsLightHistoryStartsWithTheLightItsStoryEndsOn() {
        for (String line : DemoProjects.PROJECTS.lines().toList()) {
            String[] p = line.split("\\|", -1);
            long id = project(p[0]).id();
            java.util.Map<String, Object> first =
                    jdbc.sql("""
                            select light, previous_light, cause from project_light_change where project_id = :id
                            order by changed_at, id fetch first 1 rows only""").param("id", id).query().singleRow();
            assertThat(first.get("previous_light")).as(p[0]).isNull();
            if (p[0].equals(DemoPlans.API_PROJECT)) {
                assertThat(first.get("light")).isEqualTo("YELLOW");
                assertThat((String) first.get("cause")).doesNotContain("未完成");
            }
        }
    }

    /**
     * A project is registered in its story (on its start, or a quarter before the seeding for one starting later), not
     * on the seeding day: a briefing of last month counted 项目总数 0 for the district.
     */
    @Test
    void theProjectsWereRegisteredInTheirStorySoThatLastMonthsBriefingCountsThem() {
        ZoneId district = ZoneId.of("Asia/Shanghai");
        LocalDate lastMonthEnd = YearMonth.now(district).minusMonths(1).atEndOfMonth();
        ProjectView api = projects.find(project(DemoPlans.API_PROJECT).id(), users.as("dispatch"));
        java.time.Instant registered = jdbc.sql("select created_at from project where id = :id")
                .param("id", api.id())
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        assertThat(LocalDate.ofInstant(registered, district)).isEqualTo(api.start());
        assertThat(lighting.countsByLightRegisteredBy(users.as("leader"), lastMonthEnd)
                        .total())
                .isGreaterThanOrEqualTo(DemoProjects.PROJECTS.lines().count());
        assertThat(lighting.firstRegisteredOn(users.as("leader")).orElseThrow()).isBefore(lastMonthEnd);
    }

    @Test
    void everyProjectBeingPreparedOrBuiltHasAPlanAndOneTooTightToMeetItsTargetIsRed() {
        for (String line : DemoProjects.PROJECTS.lines().toList()) {
            String[] p = line.split("\\|", -1);
            ProjectStage stage = ProjectStage.valueOf(p[4]);
            boolean planned = stage == ProjectStage.PLANNED
                    || stage == ProjectStage.PRE_CONSTRUCTION
                    || stage == ProjectStage.UNDER_CONSTRUCTION;
            PlanSheet sheet = plans.sheet(project(p[0]).id(), users.as("dispatch"));
            assertThat(sheet.rows().isEmpty()).as(p[0]).isEqualTo(!planned);
        }
        ProjectView tight = projects.find(project("鼎盛绿色建材项目").id(), users.as("dispatch"));
        assertThat(tight.statusLight()).isEqualTo(StatusLight.RED);
        // which rows come first depends on the day: before the project's start the first approval, later the rows
        // that the remaining time squeezes
        assertThat(tight.lightReason()).startsWith("计划无法按期完成：").containsPattern("[A-Z]\\d+ \\S+ 短\\d+个工作日");
    }

    /**
     * The story's yellow and red lights are kept as the rules' message keys: an English reader read "施工图审查意见逾期未闭环"
     * until the nightly review judged the project again. (A project with a ticket is judged again once the ticket's
     * event is handled; the others keep the story's reason.)
     */
    @Test
    void storyLightReasonsReadInEnglishAreEnglish() {
        for (String line : DemoProjects.PROJECTS.lines().toList()) {
            String[] p = line.split("\\|", -1);
            long id = project(p[0]).id();
            String chinese = projects.find(id, users.as("dispatch")).lightReason();
            LocaleContextHolder.setLocale(Locale.ENGLISH);
            try {
                ProjectView english = projects.find(id, users.as("dispatch"));
                if (english.statusLight() != StatusLight.GREEN) {
                    assertThat(english.lightReason())
                            .as(p[0])
                            .matches("[A-Za-z0-9].*")
                            .isNotEqualTo(chinese);
                }
            } finally {
                LocaleContextHolder.resetLocaleContext();
            }
        }
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            assertThat(projects.find(project("安和医疗器械产业化项目").id(), users.as("dispatch"))
                            .lightReason())
                    .as("a story light no ticket judges again")
                    .startsWith("The plan cannot meet its target: ");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private ProjectSummary project(String name) {
        return projects.search(
                        new ProjectFilter(name, null, null, null, null, null, null),
                        users.as("dispatch"),
                        new PageQuery(0, 1))
                .content()
                .getFirst();
    }
}
