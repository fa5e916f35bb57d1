package cn.zhuanban.project;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.ExportedSheet;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every ledger can be exported by whoever may read it, within his data scope: the task force exports the projects,
 * tickets, enterprises and contacts it reads (it had no 导出 while the dispatch office had), the lead official the
 * tickets; each file holds what the list holds, no project of another task force.
 */
@IntegrationTest
class LedgerExportForReadersTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    ProjectReads projectReads;

    @Autowired
    UserDirectory directory;

    @Test
    void theTaskForcesProjectExportHoldsItsOwnProjectsOnly() throws Exception {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        CurrentUser officer = fx.user("taskforce");
        long served = fx.enterprise();
        long mine = fx.project(served, fx.taskForce(officer.id(), Set.of(), Set.of()));
        long elsewhere = fx.project(fx.enterprise(), fx.taskForce(null, Set.of(), Set.of()));
        String mineName = projectReads.summary(mine).orElseThrow().name();
        String otherName = projectReads.summary(elsewhere).orElseThrow().name();

        ExportedSheet file = ExportedSheet.download(mvc, "taskforce", "/projects/export?q=专班测试项目");

        assertThat(file.anyCellIs(mineName)).isTrue();
        assertThat(file.anyCellIs(otherName)).isFalse();
        assertThat(ExportedSheet.download(mvc, "dispatch", "/projects/export?q=" + otherName)
                        .anyCellIs(otherName))
                .isTrue();
    }

    @Test
    void theTaskForceAndTheLeadOfficialsFindTheExportOnTheListsTheyRead() throws Exception {
        for (String path : List.of("/projects", "/tickets", "/enterprises", "/contacts")) {
            assertThat(WebTestSupport.page(mvc, "taskforce", path)).as(path).contains(path + "/export");
        }
        for (String lead : List.of("lead", "lead2")) {
            assertThat(WebTestSupport.page(mvc, lead, "/tickets")).as(lead).contains("/tickets/export");
        }
        ExportedSheet.download(mvc, "taskforce", "/tickets/export");
        ExportedSheet.download(mvc, "taskforce", "/enterprises/export");
        ExportedSheet.download(mvc, "lead2", "/tickets/export");
    }
}
