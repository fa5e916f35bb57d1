package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.TestDatabase;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.industry.ChainMembership;
import cn.zhuanban.industry.ChainSegment;
import cn.zhuanban.industry.IndustryCommands.ChainForm;
import cn.zhuanban.industry.IndustryCommands.NodeForm;
import cn.zhuanban.industry.IndustryManagement;
import cn.zhuanban.industry.NodeStatus;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The Gantt chart drawn on the server and the district wall chart with monthly targets. */
@IntegrationTest
class BattleMapTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    @Autowired
    IndustryManagement industry;

    @Autowired
    ChainMembership membership;

    @Autowired
    BattleMap battleMap;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    PlanManagement plans;

    @Autowired
    PlanCalendars calendars;

    @Autowired
    PlanTargets targets;

    @Autowired
    PlanProgress progress;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aProjectsGanttChartIsAnSvgWithCriticalBarsHoverTitlesAndTheTodayLine() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long id = templated(dispatch);
        PlanFixtures.edit(mvc, dispatch, id, "/rows/A01/duration", "duration", "2000"); // now it cannot meet its target
        mvc.perform(get("/projects/" + id + "/battle-map").session(dispatch))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("<rect class=\"gantt-critical\"")))
                .andExpect(content().string(containsString("gantt-today")))
                .andExpect(content().string(containsString("<title>A01 项目备案")))
                // The page's stylesheet colours the chart: the CSP would refuse a style element in the page.
                .andExpect(content().string(not(containsString("<style>"))));
        mvc.perform(get("/projects/" + id + "/battle-map.svg").session(dispatch))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("image/svg+xml")))
                .andExpect(content().string(containsString("gantt-ms")))
                .andExpect(content().string(containsString("<style>.gantt-planned { fill: #4299e1; }")));
    }

    /**
     * On a phone the chart opened at the plan's start, twenty months before today, with the names taking two thirds of
     * the width: the page's chart opens at today (app.js scrolls the marked box to the today line) with the names apart,
     * kept in view and narrowed by the stylesheet; the downloaded file and the printed pages stay one drawing each.
     */
    @Test
    void thePagesChartOpensAtTodayWithItsNamesApartWhileTheFileAndPaperKeepThemInTheDrawing() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long id = templated(dispatch);
        String page = mvc.perform(get("/projects/" + id + "/battle-map").session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String screen = page.substring(page.indexOf("id=\"gantt\""), page.indexOf("id=\"gantt-print\""));
        assertThat(screen).contains("data-scroll-to-today").contains("class=\"gantt-today\"");
        String labels =
                screen.substring(screen.indexOf("class=\"gantt-labels\""), screen.indexOf("class=\"gantt-chart\""));
        String chart = screen.substring(screen.indexOf("class=\"gantt-chart\""));
        assertThat(labels).contains("A01 项目备案</text>").doesNotContain("gantt-today");
        assertThat(chart).contains("gantt-today").doesNotContain("A01 项目备案</text>");
        // the chart starts where the names end, on the same coordinates as the file
        assertThat(chart).contains("viewBox=\"260 0 ");
        String printed = page.substring(page.indexOf("id=\"gantt-print\""));
        assertThat(printed).contains("A01 项目备案</text>").contains("viewBox=\"0 0 ");
        String file = mvc.perform(get("/projects/" + id + "/battle-map.svg").session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(file).contains("A01 项目备案</text>").contains("viewBox=\"0 0 ").contains("gantt-today");
        String script = new String(
                new ClassPathResource("static/js/app.js").getInputStream().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(script).contains("[data-scroll-to-today]").contains(".gantt-today");
        String css = new String(
                new ClassPathResource("static/css/app.css").getInputStream().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(css).containsPattern("@media \\(max-width: [0-9.]+px\\) \\{ \\.gantt-labels \\{ width:");
    }

    @Test
    void aPlanWithRoomToItsTargetShowsItsLongestPathInsteadOfNoPathAtAll() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long id = templated(dispatch);
        PlanSheet sheet = plans.sheet(id, fixtures().user("dispatch"));
        Integer room = sheet.drivingFloat();
        assertThat(room).as("the template leaves room to the target").isPositive();
        assertThat(sheet.rows()).noneMatch(PlanSheet.Row::critical);
        List<String> longest = sheet.rows().stream()
                .filter(r -> r.driving(room))
                .map(PlanSheet.Row::key)
                .toList();
        assertThat(longest)
                .isNotEmpty()
                .allMatch(key -> sheet.row(key).totalFloat().equals(room));
        assertThat(sheet.rows())
                .filteredOn(r -> !r.stage() && !longest.contains(r.key()))
                .allMatch(r -> r.totalFloat() > room);

        mvc.perform(get("/projects/" + id + "/battle-map").session(dispatch))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<rect class=\"gantt-driving\"")))
                .andExpect(content().string(not(containsString("<rect class=\"gantt-critical\""))))
                .andExpect(content().string(containsString("距目标尚有" + room + "个工作日余量")));

        PlanFixtures.edit(mvc, dispatch, id, "/rows/A01/duration", "duration", "2000");
        mvc.perform(get("/projects/" + id + "/battle-map").session(dispatch))
                .andExpect(content().string(containsString("<rect class=\"gantt-critical\"")))
                .andExpect(content().string(not(containsString("gantt-driving\""))))
                .andExpect(content().string(not(containsString("legend-driving"))));
    }

    @Test
    void theWallChartShowsEachMonthsTargetsAndLinksToTheProject() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long id = templated(dispatch);
        mvc.perform(get("/battle-map?stage=PRE_CONSTRUCTION&from=2028-06").session(dispatch))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-project-id=\"" + id + "\"")))
                .andExpect(content().string(containsString("/projects/" + id + "/plan")))
                .andExpect(content().string(containsString("投产")))
                .andExpect(content().string(containsString("/stage-goals?status=LATE")))
                .andExpect(content().string(containsString("/battle-map/export?level=&amp;stage=PRE_CONSTRUCTION")));
    }

    /** A filter edited into the address that names nothing is left out, and the chart says so instead of a 400. */
    @Test
    void aBadFilterInTheAddressIsIgnoredAndTheChartSaysSo() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long id = templated(dispatch);
        mvc.perform(get("/battle-map?level=BOGUS&stage=PRE_CONSTRUCTION&from=2028-06")
                        .session(dispatch))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"wall-ignored\"")))
                .andExpect(content().string(containsString("地址中的筛选条件无效（level=BOGUS）")))
                .andExpect(content().string(containsString("data-project-id=\"" + id + "\"")));
        mvc.perform(get("/battle-map?from=2027-13&chainId=x&leadOfficialId=").session(dispatch))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("chainId=x、from=2027-13")))
                .andExpect(content().string(containsString("wall-chart")));
        mvc.perform(get("/battle-map?from=9999-01").session(dispatch))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("from=9999-01")));
        mvc.perform(get("/battle-map?stage=PRE_CONSTRUCTION").session(dispatch))
                .andExpect(content().string(not(containsString("wall-ignored"))));
        mvc.perform(get("/battle-map/export?level=BOGUS").session(dispatch)).andExpect(status().isOk());
    }

    @Test
    void theWallChartFiltersByIndustryChainAndNodeAndPages() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long onChain = templated(dispatch);
        long offChain = templated(dispatch);
        long chain = industry.createChain(new ChainForm(TestCodes.unique("挂图链"), null, null, 0, 0));
        long node = industry.addNode(
                chain, new NodeForm(ChainSegment.MIDSTREAM, null, "整机", "C3670", NodeStatus.WEAK, null, null, 0, 0));
        long otherNode = industry.addNode(
                chain, new NodeForm(ChainSegment.UPSTREAM, null, "零部件", "C3660", NodeStatus.WEAK, null, null, 1, 0));
        membership.attachProject(node, onChain);
        mvc.perform(get("/battle-map?from=2028-06&chainId=" + chain).session(dispatch))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-project-id=\"" + onChain + "\"")))
                .andExpect(content().string(not(containsString("data-project-id=\"" + offChain + "\""))))
                .andExpect(content().string(containsString("投产")));
        byte[] xlsx = mvc.perform(
                        get("/battle-map/export?from=2028-06&chainId=" + chain).session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum())
                    .as("the header and the one project on the chain")
                    .isEqualTo(1);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("2028年6月");
            String months = java.util.stream.IntStream.range(3, 15)
                    .mapToObj(c -> sheet.getRow(1).getCell(c))
                    .filter(java.util.Objects::nonNull)
                    .map(cell -> cell.getStringCellValue())
                    .collect(java.util.stream.Collectors.joining("|"));
            assertThat(months).contains("投产").contains("未到期");
        }
        mvc.perform(get("/battle-map?chainId=" + chain + "&chainNodeId=" + node).session(dispatch))
                .andExpect(content().string(containsString("data-project-id=\"" + onChain + "\"")));
        mvc.perform(get("/battle-map?chainId=" + chain + "&chainNodeId=" + otherNode)
                        .session(dispatch))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-project-id="))));
        String onePerPage = mvc.perform(get("/battle-map?size=1&page=1").session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(onePerPage.split("data-project-id=", -1)).hasSize(2);
        assertThat(onePerPage).contains("page=0").contains("page=2");
    }

    @Test
    void theWallChartCountsTheSameProjectsAsTheScopedProjectListAndGivesEachRowItsMonths() {
        var lead = new ServiceFixtures(enterprises, taskForces, projects, directory).user("lead");
        PageResult<BattleMap.Line> wall =
                battleMap.wall(BattleMap.WallFilter.NONE, lead, YearMonth.of(2027, 1), 3, new PageQuery(0, 200));
        assertThat(wall.totalElements())
                .isEqualTo(projects.search(ProjectFilter.NONE, lead, new PageQuery(0, 1))
                        .totalElements());
        assertThat(wall.content())
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line.months()).hasSize(3));
    }

    @Test
    void eachWallCellShowsTheMonthsSavedTargetJudgedMetMissedOrCaughtUpNotTheProposal() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long id = templated(dispatch, "2026-01-05", "2027-06-30");
        CurrentUser user = fixtures().user("dispatch");
        progress.report(id, user, "A01", done("2026-01-05", "2026-02-10"), List.of());
        progress.report(id, user, "A09", done("2026-02-02", "2026-05-06"), List.of());
        targets.save(id, user, YearMonth.of(2026, 2), "A01", null, null); // finished in February: met
        targets.save(id, user, YearMonth.of(2026, 3), "A08", null, null); // never finished: missed
        targets.save(id, user, YearMonth.of(2026, 4), "A09", null, null); // finished in May: caught up
        PlanSheet sheet = plans.sheet(id, user);
        assertThat(keys(MonthlyTargets.of(sheet, YearMonth.of(2026, 3)).rows()))
                .as("the plan alone would propose something else for March")
                .isNotEqualTo(List.of("A08"));
        long chain = onlyOnAChain(id);

        BattleMap.Line line = battleMap
                .wall(
                        new BattleMap.WallFilter(null, null, null, chain, null, null),
                        user,
                        YearMonth.of(2026, 2),
                        4,
                        new PageQuery(0, 10))
                .content()
                .getFirst();

        List<MonthTarget> cells = line.months();
        assertThat(cells).extracting(MonthTarget::stored).containsExactly(true, true, true, false);
        assertThat(cells.stream().map(c -> keys(c.rows()))).startsWith(List.of("A01"), List.of("A08"), List.of("A09"));
        assertThat(cells)
                .extracting(MonthTarget::status)
                .startsWith(TargetStatus.MET, TargetStatus.MISSED, TargetStatus.CAUGHT_UP);
        assertThat(cells).extracting(MonthTarget::light).startsWith("GREEN", "RED", "YELLOW");
        // May has no saved target: the plan's proposal, exactly as the targets page shows it
        assertThat(keys(cells.get(3).rows()))
                .isEqualTo(keys(targets.targets(sheet).stream()
                        .filter(t -> t.month().equals(YearMonth.of(2026, 5)))
                        .findFirst()
                        .orElseThrow()
                        .rows()));
        mvc.perform(get("/battle-map?from=2026-02&chainId=" + chain).session(dispatch))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-status=\"MISSED\"")))
                .andExpect(content().string(containsString("已补齐")))
                .andExpect(content().string(containsString("环评批复")))
                // Month columns named like the Gantt scale: the first with its year, the next by month alone.
                .andExpect(content().string(containsString("<th>2026年2月</th>")))
                .andExpect(content().string(containsString("<th>3月</th>")));
    }

    @Test
    void aWallPageOfManyProjectsTakesNoMoreStatementsThanAPageOfOne() throws Exception {
        assumeFalse(TestDatabase.postgres(), "counts statements with H2's query statistics");
        setUpBegan = java.sql.Timestamp.from(java.time.Instant.now());
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        CurrentUser user = fixtures().user("dispatch");
        long chain = industry.createChain(new ChainForm(TestCodes.unique("语句链"), null, null, 0, 0));
        long node = industry.addNode(
                chain, new NodeForm(ChainSegment.MIDSTREAM, null, "整机", "C3670", NodeStatus.WEAK, null, null, 0, 0));
        for (int i = 0; i < 6; i++) {
            long id = templated(dispatch, "2026-01-05", "2027-06-30");
            targets.save(id, user, YearMonth.of(2026, 3), "A08", null, null);
            calendars.setCalendarDay(id, user, null, java.time.LocalDate.of(2026, 1, 7), false, "停工" + i);
            membership.attachProject(node, id);
        }
        BattleMap.WallFilter filter = new BattleMap.WallFilter(null, null, null, chain, null, null);
        jdbc.sql("set query_statistics_max_entries 100000").update();
        jdbc.sql("set query_statistics true").update();
        try {
            battleMap.wall(filter, user, YearMonth.of(2026, 1), 12, new PageQuery(0, 6)); // warm the caches
            long one = fewestStatements(
                    () -> battleMap.wall(filter, user, YearMonth.of(2026, 1), 12, new PageQuery(0, 1)));
            PageResult<BattleMap.Line> six =
                    battleMap.wall(filter, user, YearMonth.of(2026, 1), 12, new PageQuery(0, 6));
            long many = fewestStatements(
                    () -> battleMap.wall(filter, user, YearMonth.of(2026, 1), 12, new PageQuery(0, 6)));
            assertThat(six.content()).hasSize(6);
            assertThat(six.content())
                    .allSatisfy(l -> assertThat(l.months().get(2).stored()).isTrue());
            assertThat(many).isEqualTo(one);
        } finally {
            jdbc.sql("set query_statistics false").update();
        }
    }

    /**
     * The statistics are database-wide: event listeners still working on this test's set-up (lights after plan
     * changes, notices) add their statements to whatever runs meanwhile. So wait until the event publications are
     * done and take the fewest of three runs: other work only ever adds statements.
     */
    private java.sql.Timestamp setUpBegan;

    private long fewestStatements(Runnable work) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline
                && jdbc.sql("select count(*) from event_publication where completion_date is null"
                                        + " and publication_date >= :since")
                                .param("since", setUpBegan)
                                .query(Long.class)
                                .single()
                        > 0) {
            Thread.sleep(50);
        }
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            fewest = Math.min(fewest, statements(work));
        }
        return fewest;
    }

    /** Statements the database executed while {@code work} ran (H2 query statistics). */
    private long statements(Runnable work) {
        long before = executed();
        work.run();
        return executed() - before - 1; // the reading of the statistics itself
    }

    private long executed() {
        return jdbc.sql("select coalesce(sum(execution_count), 0) from information_schema.query_statistics")
                .query(Long.class)
                .single();
    }

    private static ProgressReport done(String start, String finish) {
        return new ProgressReport(
                java.time.LocalDate.parse(finish),
                100,
                java.time.LocalDate.parse(start),
                java.time.LocalDate.parse(finish),
                null,
                null,
                null);
    }

    private static List<String> keys(List<PlanSheet.Row> rows) {
        return rows.stream().map(PlanSheet.Row::key).toList();
    }

    private long onlyOnAChain(long projectId) {
        long chain = industry.createChain(new ChainForm(TestCodes.unique("目标链"), null, null, 0, 0));
        long node = industry.addNode(
                chain, new NodeForm(ChainSegment.MIDSTREAM, null, "整机", "C3670", NodeStatus.WEAK, null, null, 0, 0));
        membership.attachProject(node, projectId);
        return chain;
    }

    private ServiceFixtures fixtures() {
        return new ServiceFixtures(enterprises, taskForces, projects, directory);
    }

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

    /** The industrial template plus {@code extra} tasks: more rows than one A3 page holds. */
    static long longPlan(MockMvc mvc, MockHttpSession session, long enterpriseId, int extra) throws Exception {
        long id = PlanFixtures.project(mvc, session, enterpriseId, "2027-03-01", "2028-06-30");
        mvc.perform(post("/projects/" + id + "/plan/template")
                        .session(session)
                        .with(csrf())
                        .param("version", PlanFixtures.version(mvc, session, id))
                        .param("template", "industrial"))
                .andExpect(status().isOk());
        for (int i = 1; i <= extra; i++) {
            mvc.perform(post("/projects/" + id + "/plan/rows")
                            .session(session)
                            .with(csrf())
                            .param("version", PlanFixtures.version(mvc, session, id))
                            .param("key", "X" + i)
                            .param("name", "附加工作" + i)
                            .param("kind", "TASK")
                            .param("parentKey", "S2")
                            .param("duration", Integer.toString(1 + i % 7)))
                    .andExpect(status().isOk());
        }
        return id;
    }

    private long longPlan(MockHttpSession dispatch, int extra) throws Exception {
        return longPlan(
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
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, start, target);
        mvc.perform(post("/projects/" + id + "/plan/template")
                        .session(dispatch)
                        .with(csrf())
                        .param("version", PlanFixtures.version(mvc, dispatch, id))
                        .param("template", "industrial"))
                .andExpect(status().isOk());
        return id;
    }
}
