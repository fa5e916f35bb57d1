package cn.zhuanban.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.dashboard.WorkbenchItem;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The workbench's project card says whose projects it counts: the district's readers (leader, supervision, audit,
 * dispatch) see every project, and "我的项目 17" told them the district's projects were their own.
 */
@IntegrationTest
class ProjectItemsTests {

    @Autowired
    ProjectItems items;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    UserDirectory directory;

    @Test
    void aDistrictWideScopeCountsAllProjectsAndANarrowerOneMyProjects() {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        for (String districtWide : new String[] {"dispatch", "supervisor", "audit-office", "leader"}) {
            assertThat(fx.user(districtWide).dataScope()).isEqualTo(DataScope.ALL);
            assertThat(projectCard(fx, districtWide).titleKey())
                    .as(districtWide)
                    .isEqualTo("workbench.all-projects");
        }
        for (String narrower : new String[] {"taskforce", "lead", "handler"}) {
            assertThat(projectCard(fx, narrower).titleKey()).as(narrower).isEqualTo("workbench.my-projects");
        }
    }

    private WorkbenchItem projectCard(ServiceFixtures fx, String username) {
        return items.itemsFor(fx.user(username)).getFirst();
    }
}
