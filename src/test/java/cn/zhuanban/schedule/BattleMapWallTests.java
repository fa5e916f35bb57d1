package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
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
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The district wall chart: each month's targets as saved and judged, filters by industry chain and node, paging. */
@IntegrationTest
class BattleMapWallTests {

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
    ProjectReads projectReads;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    PlanManagement plans;

    @Autowired
    PlanTargets targets;

    @Autowired
    PlanProgress progress;

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
                .isEqualTo(projectReads
                        .search(ProjectFilter.NONE, lead, new PageQuery(0, 1))
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

    private long templated(MockHttpSession dispatch) throws Exception {
        return templated(dispatch, "2027-03-01", "2028-06-30");
    }

    private long templated(MockHttpSession dispatch, String start, String target) throws Exception {
        long enterpriseId = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
        return PlanFixtures.templated(mvc, dispatch, enterpriseId, start, target);
    }
}
