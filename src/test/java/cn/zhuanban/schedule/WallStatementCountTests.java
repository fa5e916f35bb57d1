package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

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
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The wall chart reads a page of many projects in as many statements as a page of one. */
@IntegrationTest
class WallStatementCountTests {

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
    PlanCalendars calendars;

    @Autowired
    PlanTargets targets;

    @Autowired
    JdbcClient jdbc;

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
