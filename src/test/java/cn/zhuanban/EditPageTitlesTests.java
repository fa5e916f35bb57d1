package cn.zhuanban;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.TaskForceManagement;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An edit page is told apart from the record's own page by its title and heading, and a page about one project or
 * series names it in its title: several tabs, a history or a bookmark list show which is which.
 */
@IntegrationTest
class EditPageTitlesTests {

    static final CurrentUser ALL =
            new CurrentUser(0, "dispatch", "赵敏", null, null, DataScope.ALL, Set.of(), Set.copyOf(Permissions.ALL));

    @Autowired
    MockMvc mvc;

    @Autowired
    ProjectManagement projects;

    @Autowired
    ProjectReads projectReads;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void editPagesSayTheyEditAndProjectPagesNameTheProject() throws Exception {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        long enterprise = fx.enterprise();
        long project = fx.project(enterprise, null);
        String projectName = projectReads.find(project, ALL).name();
        String enterpriseName = enterprises.find(enterprise, ALL).name();

        assertThat(WebTestSupport.page(mvc, "dispatch", "/projects/" + project + "/edit"))
                .contains("<title>修改项目 · " + projectName + "</title>")
                .contains(">修改项目 · " + projectName + "</h2>");
        assertThat(WebTestSupport.page(mvc, "dispatch", "/projects/" + project)).doesNotContain("修改项目 · ");
        assertThat(WebTestSupport.page(mvc, "dispatch", "/enterprises/" + enterprise + "/edit"))
                .contains("<title>修改企业 · " + enterpriseName + "</title>");
        assertThat(WebTestSupport.page(mvc, "dispatch", "/projects/" + project + "/checklist"))
                .contains("<title>服务清单 · " + projectName + "</title>");
    }

    @Test
    void aMeetingSeriesPageNamesItsTaskForce() throws Exception {
        // The demo data's series.
        long series =
                jdbc.sql("select min(id) from meeting_series").query(Long.class).single();
        String taskForce = jdbc.sql(
                        "select t.name from meeting_series s join task_force t on t.id = s.task_force_id where s.id = ?")
                .param(series)
                .query(String.class)
                .single();
        assertThat(WebTestSupport.page(mvc, "dispatch", "/meetings/series/" + series))
                .contains("<title>周例会 · " + taskForce + "</title>");
    }
}
